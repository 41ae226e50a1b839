// i18next set up with both dictionaries bundled (they are small), Arabic first.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar';
import { en } from './en';
import { followInterfaceLanguage } from './validation-language';

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { ar: { translation: ar }, en: { translation: en } },
    lng: language,
    fallbackLng: 'ar',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  followInterfaceLanguage();
  return i18next;
}

/** Puts the language and its direction on <html>, which the whole layout (logical CSS) follows. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  document.title = i18next.t('app.title', { lng: language });
}
