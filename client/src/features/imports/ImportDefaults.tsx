// Values "for every row": what fills a field the file lacks and the file's empty cells (kind, governorate, status).
import { useTranslation } from 'react-i18next';
import { ASSOCIATION_KINDS, ASSOCIATION_STATUSES } from '../../../../contracts/codes';
import type { ImportDefaults as Defaults } from '../../../../contracts/imports';
import { useGovernorates } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import { withEntry } from '../../lib/records';

interface DefaultProps {
  field: string;
  label: string;
  options: [string, string][];
  defaults: Defaults;
  onChange: (defaults: Defaults) => void;
}

/** One field's constant: "as in the file", or a value for every row. */
function DefaultSelect({ field, label, options, defaults, onChange }: DefaultProps) {
  const { t } = useTranslation();
  const set = (value: string) => onChange(withEntry(defaults, field, value));
  return (
    <label>
      {label}
      <select
        value={defaults[field] ?? ''}
        onChange={(e) => set(e.target.value)}
        data-testid={`import-default-${field}`}
      >
        <option value="">{t('imports.fromFile')}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ImportDefaults({ defaults, onChange }: { defaults: Defaults; onChange: (defaults: Defaults) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const governorates = useGovernorates().data ?? [];
  const props = { defaults, onChange };
  return (
    <fieldset className="import-defaults" data-testid="import-defaults">
      <legend>{t('imports.defaults')}</legend>
      <DefaultSelect
        field="kind"
        label={t('filters.kind')}
        options={ASSOCIATION_KINDS.map((kind) => [kind, t(`filters.kinds.${kind}`)])}
        {...props}
      />
      <DefaultSelect
        field="governorate"
        label={t('filters.governorate')}
        options={governorates.map((item) => [item.code, localName(item, language)])}
        {...props}
      />
      <DefaultSelect
        field="status"
        label={t('filters.status')}
        options={ASSOCIATION_STATUSES.map((status) => [status, t(`filters.statuses.${status}`)])}
        {...props}
      />
    </fieldset>
  );
}
