// International cooperation: any, only associations under it, or only those without.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const OPTIONS = [
  { value: undefined, key: 'filters.intlCoopAny', id: 'any' },
  { value: true, key: 'filters.intlCoopYes', id: 'yes' },
  { value: false, key: 'filters.intlCoopNo', id: 'no' },
] as const;

export function FilterIntlCoop({
  value,
  onChange,
}: {
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choices" data-testid="filter-intl-coop">
      <legend>{t('filters.intlCoop')}</legend>
      {OPTIONS.map((option) => (
        <label key={option.id}>
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            data-testid={`filter-intl-coop-${option.id}`}
          />
          {t(option.key)}
        </label>
      ))}
    </fieldset>
  );
}
