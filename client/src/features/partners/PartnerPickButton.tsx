// "Find partners here": arms the map so that its next click names the point partners are sought around.
import { useTranslation } from 'react-i18next';
import { usePartnerState } from './use-partners';

export function PartnerPickButton() {
  const { t } = useTranslation();
  const { picking, pick } = usePartnerState();
  return (
    <button
      type="button"
      className="tool-link"
      aria-pressed={picking}
      onClick={() => pick(!picking)}
      data-testid="partner-pick"
    >
      {picking ? t('partners.pickActive') : t('partners.pick')}
    </button>
  );
}
