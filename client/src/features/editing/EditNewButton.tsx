// "New association" for the GIS unit and admins: opens an empty form; a click on the map places it.
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { mayCreate } from '../auth/permissions';
import { startCreating } from './edit-session';

export function EditNewButton() {
  const { t } = useTranslation();
  if (!mayCreate(useCurrentUser())) return null;
  return (
    <div className="edit-toolbar">
      <button type="button" onClick={startCreating} data-testid="edit-new">
        {t('edit.new')}
      </button>
    </div>
  );
}
