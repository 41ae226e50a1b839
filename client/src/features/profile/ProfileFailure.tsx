// A profile that could not be read. An association that is not (or no longer) in the atlas — an old link, one just
// deleted — is said calmly, with a way to close it; any other failure is an alert worded from the problem's code.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { ProblemMessage } from '../../app/ProblemMessage';

export function ProfileFailure({ error, onClose }: { error: Error; onClose: () => void }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError && error.status === 404)) {
    return (
      <p className="state" role="alert">
        <ProblemMessage error={error} />
      </p>
    );
  }
  return (
    <div className="state" data-testid="profile-missing">
      <p>
        <ProblemMessage error={error} /> {t('profile.missing')}
      </p>
      <button type="button" className="link-button" onClick={onClose} data-testid="profile-missing-close">
        {t('profile.close')}
      </button>
    </div>
  );
}
