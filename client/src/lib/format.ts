// Numbers, dates and lists as the interface language writes them: Arabic-Indic digits for Arabic, Latin for English.
import type { Language } from '../i18n/i18n';

/** The locale Intl and the map's number-format use for a language. */
export const LOCALES: Record<Language, string> = { ar: 'ar-EG', en: 'en' };

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A year as the language writes it, without a thousands separator: ٢٠١٧, 2017. */
export const formatYear = (year: number, language: Language): string =>
  new Intl.NumberFormat(LOCALES[language], { useGrouping: false }).format(year);

/** An ISO date (YYYY-MM-DD) written out in the language, e.g. ١٢ مارس ٢٠١٩. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Alternatives written out as the language joins them: "civil or central", «أهلية أو مركزية». */
export const formatAnyOf = (values: string[], language: Language): string =>
  new Intl.ListFormat(LOCALES[language], { type: 'disjunction' }).format(values);

/** The name in the interface language, falling back to Arabic when there is no English one. */
export const localName = (item: { nameAr: string; nameEn: string | null }, language: Language) =>
  language === 'en' && item.nameEn ? item.nameEn : item.nameAr;
