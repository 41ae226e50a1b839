// The title bar: the atlas's name and the one-click language switch.
import { useTranslation } from 'react-i18next';
import { AuthMenu } from '../features/auth/AuthMenu';
import { ExportMenu } from '../features/export/ExportMenu';
import type { Language } from '../i18n/i18n';
import { setLanguage } from '../i18n/use-language';

export function AppHeader({ language }: { language: Language }) {
  const { t } = useTranslation();
  const other: Language = language === 'ar' ? 'en' : 'ar';
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
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
