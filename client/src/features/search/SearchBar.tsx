// The header's tools for finding things: the search box, "find partners here" and the dashboard link.
// Choosing an association opens its profile (the map flies to it); choosing a village opens the partner finder there.
import { useTranslation } from 'react-i18next';
import { useFilters } from '../filters/use-filters';
import { PartnerPickButton } from '../partners/PartnerPickButton';
import { openPartners } from '../partners/use-partners';
import { SearchBox, type Suggestion } from './SearchBox';
import './search.css';

export function SearchBar({ onSelect }: { onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  const { filters, query } = useFilters();
  const choose = (suggestion: Suggestion) =>
    suggestion.type === 'association' ? onSelect(suggestion.id) : openPartners({ kind: 'village', id: suggestion.id });
  return (
    <div className="search-bar">
      <SearchBox
        scope={{ governorates: filters.governorate ?? [] }}
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        onChoose={choose}
      />
      <PartnerPickButton />
      <a className="tool-link" href={`/dashboard?${query}`} data-testid="dashboard-link">
        {t('dashboard.open')}
      </a>
    </div>
  );
}
