// The need a partner should meet: sector, a resource with its minimum, members, international cooperation and radius.
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import type { PartnerNeed } from './partner-params';

const number = (raw: string) => (raw === '' || Number.isNaN(Number(raw)) ? undefined : Math.max(0, Number(raw)));

export function PartnerNeedForm({ need, onChange }: { need: PartnerNeed; onChange: (need: PartnerNeed) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocabularies = useVocabularies().data;
  const [resourceCode, resourceMin] = (need.resource ?? '').split(':');
  const setResource = (code: string, minimum: number | undefined) =>
    onChange({ ...need, resource: code ? (minimum && minimum > 1 ? `${code}:${minimum}` : code) : undefined });

  return (
    <form
      className="partner-need"
      aria-label={t('partners.need')}
      onSubmit={(event) => event.preventDefault()}
      data-testid="partner-need"
    >
      <label className="field">
        <span>{t('partners.sector')}</span>
        <select
          value={need.sector ?? ''}
          onChange={(event) => onChange({ ...need, sector: event.target.value || undefined })}
          data-testid="partner-sector"
        >
          <option value="">{t('partners.any')}</option>
          {vocabularies?.sectors.map((item) => (
            <option key={item.code} value={item.code}>
              {localName(item, language)}
            </option>
          ))}
        </select>
      </label>
      <div className="partner-row">
        <label className="field">
          <span>{t('partners.resource')}</span>
          <select
            value={resourceCode ?? ''}
            onChange={(event) => setResource(event.target.value, number(resourceMin ?? ''))}
            data-testid="partner-resource"
          >
            <option value="">{t('partners.any')}</option>
            {vocabularies?.resources.map((item) => (
              <option key={item.code} value={item.code}>
                {localName(item, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('partners.minimum')}</span>
          <input
            type="number"
            min={1}
            value={resourceMin ?? (resourceCode ? '1' : '')}
            disabled={!resourceCode}
            onChange={(event) => setResource(resourceCode ?? '', number(event.target.value))}
            data-testid="partner-resource-min"
          />
        </label>
      </div>
      <div className="partner-row">
        <label className="field">
          <span>{t('partners.minMembers')}</span>
          <input
            type="number"
            min={0}
            value={need.minMembers ?? ''}
            onChange={(event) => onChange({ ...need, minMembers: number(event.target.value) })}
            data-testid="partner-min-members"
          />
        </label>
        <label className="field">
          <span>{t('partners.radius')}</span>
          <input
            type="number"
            min={1}
            max={300}
            placeholder="25"
            value={need.radiusKm ?? ''}
            onChange={(event) => onChange({ ...need, radiusKm: number(event.target.value) || undefined })}
            data-testid="partner-radius"
          />
        </label>
      </div>
      <label className="field">
        <span>{t('partners.intlCoop')}</span>
        <select
          value={need.intlCoop === undefined ? '' : String(need.intlCoop)}
          data-testid="partner-intl-coop"
          onChange={(event) =>
            onChange({ ...need, intlCoop: event.target.value === '' ? undefined : event.target.value === 'true' })
          }
        >
          <option value="">{t('partners.any')}</option>
          <option value="true">{t('partners.intlCoopYes')}</option>
          <option value="false">{t('partners.intlCoopNo')}</option>
        </select>
      </label>
    </form>
  );
}
