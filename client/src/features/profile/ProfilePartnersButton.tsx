// "Partners nearby": opens the partner finder for the association whose profile is shown.
import { useTranslation } from 'react-i18next';
import { openPartners } from '../partners/use-partners';

export function ProfilePartnersButton({ id }: { id: number }) {
  const { t } = useTranslation();
  return (
    <div className="partners">
      <button type="button" onClick={() => openPartners({ kind: 'association', id })} data-testid="partners-nearby">
        {t('profile.partnersNearby')}
      </button>
    </div>
  );
}
