// The side panel with its tabs (the public's service finder first); on a phone a bottom drawer that folds to its tab
// bar.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountsBar } from '../features/counts/CountsBar';
import { FilterPanel } from '../features/filters/FilterPanel';
import { NearbyPanel } from '../features/nearby/NearbyPanel';
import { ProfilePanel } from '../features/profile/ProfilePanel';
import { ResultList } from '../features/list/ResultList';

export const PANEL_TABS = ['nearby', 'filters', 'results', 'profile'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

interface AppPanelProps {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  onSelect: (id: number) => void;
}

export function AppPanel({ tab, onTab, onSelect }: AppPanelProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);

  const choose = (next: PanelTab) => {
    onTab(next);
    setCollapsed(false);
  };
  /** Arrow keys move between tabs, as the ARIA tabs pattern expects; the row's direction follows the language. */
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const forward = document.documentElement.dir === 'rtl' ? -step : step;
    const next = PANEL_TABS[(PANEL_TABS.indexOf(tab) + forward + PANEL_TABS.length) % PANEL_TABS.length] ?? tab;
    choose(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className="panel" data-collapsed={collapsed} data-tab={tab} data-testid="panel">
      <div className="panel-bar">
        <div role="tablist" aria-label={t('tabs.label')} className="tabs" onKeyDown={onKeyDown}>
          {PANEL_TABS.map((name) => (
            <button
              key={name}
              id={`tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`tabpanel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => choose(name)}
              data-testid={`tab-${name}`}
            >
              {t(`tabs.${name}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="panel-fold"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('tabs.expand') : t('tabs.collapse')}
          onClick={() => setCollapsed(!collapsed)}
          data-testid="panel-fold"
        >
          <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
        </button>
      </div>
      <div className="panel-body">
        {/* The counts are the filters' figures: beside the finder's own answer they would only mislead. */}
        {tab !== 'nearby' && <CountsBar />}
        <div id={`tabpanel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="tabpanel">
          {tab === 'nearby' && <NearbyPanel onSelect={onSelect} />}
          {tab === 'filters' && <FilterPanel />}
          {tab === 'results' && <ResultList onSelect={onSelect} />}
          {tab === 'profile' && <ProfilePanel />}
        </div>
      </div>
    </aside>
  );
}
