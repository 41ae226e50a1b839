// "Partners nearby": shown now, wired to the partner finder in a later release; focusable so its note can be read.
import { useTranslation } from 'react-i18next';

export function ProfilePartnersButton() {
  const { t } = useTranslation();
  return (
    <div className="partners">
      <button type="button" aria-disabled="true" aria-describedby="partners-note" onClick={(event) => event.preventDefault()} data-testid="partners-nearby">
        {t('profile.partnersNearby')}
      </button>
      <span id="partners-note" className="note">{t('profile.partnersNearbySoon')}</span>
    </div>
  );
}
