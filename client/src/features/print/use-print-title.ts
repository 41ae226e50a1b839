// The printed map's title: the atlas's name and the area chosen in the filters (districts, then their governorate).
import { useTranslation } from 'react-i18next';
import { useDistricts, useGovernorates } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatAnyOf, localName } from '../../lib/format';
import { useFilters } from '../filters/use-filters';

export function usePrintTitle(): string {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters } = useFilters();
  const chosenGovernorates = filters.governorate ?? [];
  const governorates = useGovernorates().data ?? [];
  const districts = useDistricts(chosenGovernorates).data ?? [];
  const names = (items: { code: string; nameAr: string; nameEn: string }[], codes: string[] | undefined) =>
    formatAnyOf(
      items.filter((item) => codes?.includes(item.code)).map((item) => localName(item, language)),
      language,
    );

  const governorate = names(governorates, chosenGovernorates);
  const area = filters.district?.length
    ? t('print.districtsOf', { districts: names(districts, filters.district), governorate })
    : governorate;
  return area ? t('print.title', { app: t('app.title'), area }) : t('app.title');
}
