// The interface language: ?lang= in the address bar wins, then the one remembered on this device, then Arabic.
import { useEffect } from 'react';
import i18next from 'i18next';
import { updateUrl, useUrlValue } from '../lib/url-state';
import { applyDocumentLanguage, isLanguage, type Language } from './i18n';

const STORAGE_KEY = 'civic-atlas.lang';

function rememberedLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage may be disabled
  }
}

export function languageFromSearch(search: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  return isLanguage(asked) ? asked : (rememberedLanguage() ?? 'ar');
}

/** Switches language, remembers it on this device and writes it into the address bar so a shared link keeps it. */
export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered, still switched
  }
  updateUrl((params) => params.set('lang', language), 'replace');
}

/** The current language, kept in step with i18next and <html lang dir>. */
export function useLanguage(): Language {
  const language = useUrlValue(languageFromSearch);
  useEffect(() => {
    if (i18next.language !== language) void i18next.changeLanguage(language);
    applyDocumentLanguage(language);
  }, [language]);
  return language;
}
