// The staff buttons above a profile: edit and delete when the user's role allows it (the server still decides).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationProfile } from '../../../../contracts/association';
import { useCurrentUser } from '../../api/session';
import { mayDelete, mayEdit } from '../auth/permissions';
import { EditDeleteDialog } from './EditDeleteDialog';
import { startEditing } from './edit-session';

export function EditToolbar({ profile }: { profile: AssociationProfile }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [deleting, setDeleting] = useState(false);
  const target = { governorate: profile.governorate.code, associationId: profile.id };
  if (!mayEdit(user, target)) return null;
  return (
    <div className="edit-toolbar">
      <button type="button" onClick={() => startEditing(profile)} data-testid="edit-open">
        {t('edit.edit')}
      </button>
      {mayDelete(user, target) && (
        <button type="button" className="danger" onClick={() => setDeleting(true)} data-testid="edit-delete">
          {t('edit.delete')}
        </button>
      )}
      {deleting && <EditDeleteDialog profile={profile} onClose={() => setDeleting(false)} />}
    </div>
  );
}
