// Under the choropleth's key: which population the rates divide by, with its year, for the districts now shaded
// (the stats of the current filters, already fetched for the choropleth).
import { useTranslation } from 'react-i18next';
import { useStats } from '../api/queries';
import { useFilters } from '../features/filters/use-filters';
import type { Language } from '../i18n/i18n';
import { estimatesNote } from '../lib/population-words';

export function MapLegendPopulation({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { query } = useFilters();
  const districts = useStats(query).data?.districts ?? [];
  const note = estimatesNote(districts, t, language);
  return note ? (
    <li className="legend-note" data-testid="legend-population">
      {note}
    </li>
  ) : null;
}
