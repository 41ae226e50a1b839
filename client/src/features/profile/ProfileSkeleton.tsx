// The profile while it loads: the same head, button row and facts grid in grey, so the profile takes the place the
// placeholder held and nothing below it jumps when it arrives.
import { useTranslation } from 'react-i18next';

const FACT_ROWS = 4;

export function ProfileSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="profile profile-skeleton" aria-busy="true" data-testid="profile-loading">
      <p className="sr-only" role="status">
        {t('status.loading')}
      </p>
      <div aria-hidden="true">
        {/* Real elements holding a space, so each grey bar is exactly as tall as the line it stands for. */}
        <div className="profile-head">
          <h2 className="skeleton skeleton-title">&nbsp;</h2>
        </div>
        <div className="partners">
          <span className="skeleton skeleton-button">&nbsp;</span>
        </div>
        <dl className="facts">
          {Array.from({ length: FACT_ROWS * 2 }, (_, index) => (
            <div key={index}>
              <dt className="skeleton skeleton-label">&nbsp;</dt>
              <dd className="skeleton">&nbsp;</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
