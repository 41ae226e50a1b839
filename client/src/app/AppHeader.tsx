// The title bar: the atlas's name and the one-click language switch.
import { useTranslation } from 'react-i18next';
import { AuthMenu } from '../features/auth/AuthMenu';
import { ExportMenu } from '../features/export/ExportMenu';
import { SearchBar } from '../features/search/SearchBar';
import type { Language } from '../i18n/i18n';
import { setLanguage } from '../i18n/use-language';

export function AppHeader({ language, onSelect }: { language: Language; onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  const other: Language = language === 'ar' ? 'en' : 'ar';
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <SearchBar onSelect={onSelect} />
      <ExportMenu />
      <AuthMenu />
      <button
        type="button"
        className="language-switch"
        lang={other}
        aria-label={t('language.switchLabel')}
        onClick={() => setLanguage(other)}
        data-testid="language-switch"
      >
        {t('language.switch')}
      </button>
    </header>
  );
}
