// Values "for every row": what fills a field the file lacks and the file's empty cells (kind, governorate, status).
import { useTranslation } from 'react-i18next';
import type { ImportDefaults as Defaults } from '../../../../contracts/imports';
import { useGovernorates } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';

const KINDS = ['civil', 'central'] as const;
const STATUSES = ['active', 'suspended', 'dissolved'] as const;

export function ImportDefaults({ defaults, onChange }: { defaults: Defaults; onChange: (defaults: Defaults) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const governorates = useGovernorates().data ?? [];
  const set = (field: string, value: string) => {
    const next = { ...defaults };
    if (value) next[field] = value;
    else delete next[field];
    onChange(next);
  };
  return (
    <fieldset className="import-defaults" data-testid="import-defaults">
      <legend>{t('imports.defaults')}</legend>
      <label>
        {t('filters.kind')}
        <select value={defaults.kind ?? ''} onChange={(e) => set('kind', e.target.value)} data-testid="import-default-kind">
          <option value="">{t('imports.fromFile')}</option>
          {KINDS.map((kind) => <option key={kind} value={kind}>{t(`filters.kinds.${kind}`)}</option>)}
        </select>
      </label>
      <label>
        {t('filters.governorate')}
        <select value={defaults.governorate ?? ''} onChange={(e) => set('governorate', e.target.value)} data-testid="import-default-governorate">
          <option value="">{t('imports.fromFile')}</option>
          {governorates.map((item) => <option key={item.code} value={item.code}>{localName(item, language)}</option>)}
        </select>
      </label>
      <label>
        {t('filters.status')}
        <select value={defaults.status ?? ''} onChange={(e) => set('status', e.target.value)} data-testid="import-default-status">
          <option value="">{t('imports.fromFile')}</option>
          {STATUSES.map((status) => <option key={status} value={status}>{t(`filters.statuses.${status}`)}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
