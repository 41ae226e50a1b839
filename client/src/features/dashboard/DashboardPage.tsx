// /dashboard: the indicators of the filtered associations as charts, with the same filters (in the URL) beside them.
import { useTranslation } from 'react-i18next';
import { useStats, useVocabularies } from '../../api/queries';
import { setLanguage, useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { FilterNoMatches } from '../filters/FilterNoMatches';
import { FilterPanel } from '../filters/FilterPanel';
import { FilterStatusScope } from '../filters/FilterStatusScope';
import { useFilters } from '../filters/use-filters';
import { DashboardCharts } from './DashboardCharts';
import './dashboard.css';
import { ProblemMessage } from '../../app/ProblemMessage';

export function DashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { query } = useFilters();
  const stats = useStats(query);
  const vocabularies = useVocabularies().data;
  const totals = stats.data?.totals;
  const number = (value: number) => formatNumber(value, language);
  const other = language === 'ar' ? 'en' : 'ar';

  return (
    <div className="dashboard" data-testid="dashboard">
      <header className="app-header">
        <h1>{t('dashboard.title')}</h1>
        <nav className="dashboard-nav">
          <a className="tool-link" href={`/?${query}`}>
            {t('dashboard.backToMap')}
          </a>
          <a className="tool-link" href={`/brief?${query}`} data-testid="brief-link">
            {t('brief.open')}
          </a>
          <button
            type="button"
            className="tool-link"
            lang={other}
            aria-label={t('language.switchLabel')}
            onClick={() => setLanguage(other)}
          >
            {t('language.switch')}
          </button>
        </nav>
      </header>
      <div className="dashboard-body">
        <details className="dashboard-filters" open={window.matchMedia('(min-width: 720px)').matches}>
          <summary>{t('tabs.filters')}</summary>
          <FilterPanel />
        </details>
        <main
          className="dashboard-main"
          aria-busy={stats.isFetching}
          data-testid="dashboard-main"
          data-query={stats.isPlaceholderData ? '' : query}
        >
          <FilterStatusScope />
          {totals && (
            <dl className="dashboard-totals">
              <div>
                <dt>{t('counts.associations')}</dt>
                <dd data-testid="dashboard-total">{number(totals.associations)}</dd>
              </div>
              <div>
                <dt>{t('counts.members')}</dt>
                <dd>{number(totals.members)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.intlCoopShare')}</dt>
                <dd>
                  {t('dashboard.percent', {
                    value: number(
                      totals.associations ? Math.round((totals.intlCoop / totals.associations) * 1000) / 10 : 0,
                    ),
                  })}
                </dd>
              </div>
            </dl>
          )}
          {stats.isPending && <p className="state">{t('status.loading')}</p>}
          {stats.isError && (
            <p className="state" role="alert">
              <ProblemMessage error={stats.error} />
            </p>
          )}
          {/* Charts of zeros would say nothing: what to change says more. */}
          {totals?.associations === 0 && !stats.isPlaceholderData && <FilterNoMatches />}
          {stats.data && totals?.associations !== 0 && (
            <DashboardCharts stats={stats.data} vocabularies={vocabularies} language={language} />
          )}
        </main>
      </div>
    </div>
  );
}
