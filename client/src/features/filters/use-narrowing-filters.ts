// Every filter that narrows the governorate's associations, in words (the district first, then the panel's filters),
// each with a way to remove it; and the governorate named, for when nothing narrows it.
import { useTranslation } from 'react-i18next';
import type { AssociationFilters } from '../../../../contracts/association-filters';
import { useDistricts, useGovernorates } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatAnyOf, localName } from '../../lib/format';
import { useFilterWords, type FilterLine } from './use-filter-words';
import { useFilters } from './use-filters';

export interface NarrowingFilters {
  lines: FilterLine[];
  remove: (line: FilterLine) => void;
  /** The governorate(s) in the interface language, e.g. «قنا». */
  place: string;
}

export function useNarrowingFilters(): NarrowingFilters {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters, setFilters } = useFilters();
  const governorates = filters.governorate ?? [];
  const governorateItems = useGovernorates().data ?? [];
  const districtItems = useDistricts(governorates).data ?? [];
  const nameOf = (items: { code: string; nameAr: string; nameEn: string }[], code: string) => {
    const item = items.find((entry) => entry.code === code);
    return item ? localName(item, language) : code;
  };
  const district: FilterLine[] = filters.district?.length
    ? [
        {
          label: t('filters.district'),
          value: formatAnyOf(
            filters.district.map((code) => nameOf(districtItems, code)),
            language,
          ),
          names: ['district'],
        },
      ]
    : [];
  const unset = (line: FilterLine): Partial<AssociationFilters> =>
    Object.fromEntries(line.names.map((name) => [name, undefined]));
  return {
    lines: [...district, ...useFilterWords()],
    remove: (line) => setFilters(unset(line)),
    place: formatAnyOf(
      governorates.map((code) => nameOf(governorateItems, code)),
      language,
    ),
  };
}
