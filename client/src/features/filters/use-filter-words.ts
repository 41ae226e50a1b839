// The filters that narrow the view, in words of the interface language, one line each, with the filters each line
// stands for: for the printed map and the brief, and for the empty state's buttons that remove them.
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatAnyOf, formatNumber, localName } from '../../lib/format';
import type { FilterName } from './filter-params';
import { useFilters } from './use-filters';

export interface FilterLine {
  label: string;
  value: string;
  /** The filters the line stands for (members: its minimum and maximum), to remove them together. */
  names: FilterName[];
}

/**
 * The panel's own labels, in the panel's order; the area (governorate, district) is left to whoever names the place.
 */
export function useFilterWords(): FilterLine[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters } = useFilters();
  const vocabularies = useVocabularies().data;
  const number = (value: number) => formatNumber(value, language);
  const anyOf = (values: string[] | undefined) => (values?.length ? formatAnyOf(values, language) : undefined);
  const vocabularyName = (kind: 'sectors' | 'resources', code: string) => {
    const item = vocabularies?.[kind].find((entry) => entry.code === code);
    return item ? localName(item, language) : code;
  };
  const { minMembers, maxMembers } = filters;
  const members = [
    minMembers === undefined ? '' : `${t('filters.minMembers')} ${number(minMembers)}`,
    maxMembers === undefined ? '' : `${t('filters.maxMembers')} ${number(maxMembers)}`,
  ]
    .filter(Boolean)
    .join(' ');

  const lines: [string, string | undefined, FilterName[]][] = [
    [t('filters.search'), filters.q, ['q']],
    [t('filters.kind'), anyOf(filters.kind?.map((kind) => t(`filters.kinds.${kind}`))), ['kind']],
    [
      t('filters.intlCoop'),
      filters.intlCoop === undefined ? undefined : t(filters.intlCoop ? 'filters.intlCoopYes' : 'filters.intlCoopNo'),
      ['intlCoop'],
    ],
    [t('filters.members'), members || undefined, ['minMembers', 'maxMembers']],
    [t('filters.sector'), anyOf(filters.sector?.map((code) => vocabularyName('sectors', code))), ['sector']],
    [
      t('filters.resource'),
      anyOf(
        filters.resource?.map(({ code, minQuantity }) =>
          minQuantity > 1
            ? `${vocabularyName('resources', code)} (${t('filters.minQuantity')} ${number(minQuantity)})`
            : vocabularyName('resources', code),
        ),
      ),
      ['resource'],
    ],
    [t('filters.status'), anyOf(filters.status?.map((status) => t(`filters.statuses.${status}`))), ['status']],
  ];
  return lines.flatMap(([label, value, names]) => (value === undefined ? [] : [{ label, value, names }]));
}
