// An association's status as a grey badge where it is not active (suspended, dissolved); nothing for an active one,
// which is what most are. Used in the result list and the profile.
import { useTranslation } from 'react-i18next';
import type { AssociationStatus } from '../../../../contracts/codes';

export function StatusBadge({ status, testId }: { status: AssociationStatus; testId?: string }) {
  const { t } = useTranslation();
  if (status === 'active') return null;
  return (
    <span className={`badge status-${status}`} data-testid={testId} data-status={status}>
      {t(`filters.statuses.${status}`)}
    </span>
  );
}
