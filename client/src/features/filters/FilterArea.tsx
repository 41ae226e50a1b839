// Where: the governorate, and the districts (markaz) of that governorate.
import { useTranslation } from 'react-i18next';
import { useDistricts, useGovernorates } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import { useFilters } from './use-filters';

export function FilterArea() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters, setFilters } = useFilters();
  const governorates = filters.governorate ?? [];
  const governorateItems = useGovernorates().data ?? [];
  const districtItems = useDistricts(governorates).data ?? [];
  const byName = (a: { nameAr: string; nameEn: string }, b: { nameAr: string; nameEn: string }) =>
    localName(a, language).localeCompare(localName(b, language), language);

  return (
    <>
      <label className="field">
        <span>{t('filters.governorate')}</span>
        <select
          value={governorates[0] ?? ''}
          onChange={(event) => setFilters({ governorate: [event.target.value], district: undefined })}
          data-testid="filter-governorate"
        >
          {governorateItems.length === 0 && <option value={governorates[0]}>{governorates[0]}</option>}
          {[...governorateItems].sort(byName).map((item) => (
            <option key={item.code} value={item.code}>
              {localName(item, language)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('filters.district')}</span>
        <select
          value={filters.district?.[0] ?? ''}
          onChange={(event) => setFilters({ district: event.target.value ? [event.target.value] : undefined })}
          data-testid="filter-district"
        >
          <option value="">{t('filters.allDistricts')}</option>
          {[...districtItems].sort(byName).map((item) => (
            <option key={item.code} value={item.code}>
              {localName(item, language)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
