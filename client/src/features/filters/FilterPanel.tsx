// Every filter in one form; each change goes straight to the address bar, and map, list and counts follow.
import { useTranslation } from 'react-i18next';
import { ASSOCIATION_KINDS, ASSOCIATION_STATUSES } from '../../../../contracts/codes';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, localName } from '../../lib/format';
import { FilterArea } from './FilterArea';
import { FilterChoices } from './FilterChoices';
import { FilterIntlCoop } from './FilterIntlCoop';
import { FilterMembers } from './FilterMembers';
import { FilterResources } from './FilterResources';
import { FilterSearch } from './FilterSearch';
import { useFilters } from './use-filters';

export function FilterPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters, setFilters, reset, activeCount } = useFilters();
  const vocabularies = useVocabularies().data;

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()} data-testid="filters">
      <div className="filters-head">
        <span className="note" aria-live="polite">
          {t('filters.active', { count: formatNumber(activeCount, language) })}
        </span>
        <button type="button" onClick={reset} disabled={activeCount === 0} data-testid="filter-reset">
          {t('filters.reset')}
        </button>
      </div>
      <FilterSearch value={filters.q} onChange={(q) => setFilters({ q })} />
      <FilterArea />
      <FilterChoices
        legend={t('filters.kind')}
        name="kind"
        columns={2}
        choices={ASSOCIATION_KINDS.map((kind) => ({ value: kind, label: t(`filters.kinds.${kind}`) }))}
        chosen={filters.kind}
        onChange={(kind) => setFilters({ kind })}
      />
      <FilterIntlCoop value={filters.intlCoop} onChange={(intlCoop) => setFilters({ intlCoop })} />
      <FilterMembers min={filters.minMembers} max={filters.maxMembers} onChange={(range) => setFilters(range)} />
      {vocabularies && (
        <>
          <FilterChoices
            legend={t('filters.sector')}
            name="sector"
            columns={2}
            choices={vocabularies.sectors.map((sector) => ({ value: sector.code, label: localName(sector, language) }))}
            chosen={filters.sector}
            onChange={(sector) => setFilters({ sector })}
          />
          <FilterResources
            resources={vocabularies.resources}
            chosen={filters.resource}
            onChange={(resource) => setFilters({ resource })}
          />
        </>
      )}
      <FilterChoices
        legend={t('filters.status')}
        name="status"
        columns={2}
        choices={ASSOCIATION_STATUSES.map((status) => ({ value: status, label: t(`filters.statuses.${status}`) }))}
        chosen={filters.status}
        onChange={(status) => setFilters({ status })}
      />
    </form>
  );
}
