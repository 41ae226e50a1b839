// The page: header, error banner, the side panel (filters, results, profile) and the map.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthStaffPage } from '../features/auth/AuthStaffPage';
import { PartnerPanel } from '../features/partners/PartnerPanel';
import { serviceInLink } from '../features/nearby/nearby-params';
import { useSelection } from '../features/profile/use-selection';
import { useLanguage } from '../i18n/use-language';
import { AppErrorBanner } from './AppErrorBanner';
import { AppHeader } from './AppHeader';
import { AppPanel, type PanelTab } from './AppPanel';

/** The map and MapLibre load as their own chunk, asked for at once, so the panel paints while they arrive. */
const mapModule = import('../map/MapView');
const MapView = lazy(() => mapModule.then((module) => ({ default: module.MapView })));

/** Pages of their own at deep links (the server answers them with index.html), each loaded only when visited. */
const PAGES: Record<string, ReturnType<typeof lazy>> = {
  '/dashboard': lazy(() =>
    import('../features/dashboard/DashboardPage').then((module) => ({ default: module.DashboardPage })),
  ),
  '/brief': lazy(() => import('../features/brief/BriefPage').then((module) => ({ default: module.BriefPage }))),
};

export function App() {
  const Page = PAGES[window.location.pathname];
  return Page ? (
    <Suspense>
      <Page />
    </Suspense>
  ) : (
    <Atlas />
  );
}

function Atlas() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { selectedId, select } = useSelection();
  const [tab, setTab] = useState<PanelTab>(
    selectedId !== undefined ? 'profile' : serviceInLink() ? 'nearby' : 'filters',
  );

  const openProfile = (id: number) => {
    select(id);
    setTab('profile');
  };

  return (
    <div className="app" data-testid="app" data-lang={language}>
      <a className="skip-link" href="#map-panel">
        {t('app.skipToMap')}
      </a>
      <AppHeader language={language} onSelect={openProfile} />
      <AppErrorBanner />
      <main className="workspace">
        <AppPanel tab={tab} onTab={setTab} onSelect={openProfile} />
        <div id="map-panel" className="map-slot" tabIndex={-1}>
          <Suspense fallback={<div className="map-loading">{t('status.loading')}</div>}>
            <MapView onSelect={openProfile} />
          </Suspense>
          <PartnerPanel onSelect={openProfile} />
        </div>
      </main>
      <AuthStaffPage />
    </div>
  );
}
