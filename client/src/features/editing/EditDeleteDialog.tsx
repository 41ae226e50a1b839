// Asks before deleting (a soft delete the history keeps), then closes the profile.
import { useTranslation } from 'react-i18next';
import type { AssociationProfile } from '../../../../contracts/association';
import { ModalDialog } from '../auth/ModalDialog';
import { useSelection } from '../profile/use-selection';
import { useSaveAssociation } from './use-save-association';
import { ProblemMessage } from '../../app/ProblemMessage';

export function EditDeleteDialog({ profile, onClose }: { profile: AssociationProfile; onClose: () => void }) {
  const { t } = useTranslation();
  const { remove } = useSaveAssociation();
  const { select } = useSelection();
  const confirm = () =>
    remove.mutate(
      { id: profile.id, version: profile.version },
      {
        onSuccess: () => {
          onClose();
          select(undefined);
        },
      },
    );
  return (
    <ModalDialog title={t('edit.deleteTitle')} onClose={onClose} testId="delete-dialog">
      <p>{t('edit.deleteConfirm', { name: profile.nameAr })}</p>
      {remove.error && (
        <p className="form-error" role="alert">
          <ProblemMessage error={remove.error} />
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          onClick={confirm}
          disabled={remove.isPending}
          data-testid="delete-confirm"
        >
          {t('edit.delete')}
        </button>
        <button type="button" onClick={onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
