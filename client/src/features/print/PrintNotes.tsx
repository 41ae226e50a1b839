// What the sheet says beside the map besides the legend: which associations it shows by status and the filters, in
// words, and the sources the map is drawn from.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { mapCredits } from '../../map/attribution';
import { useFilterWords } from '../filters/use-filter-words';
import { useStatusScope } from '../filters/use-status-scope';

export function PrintFilters() {
  const { t } = useTranslation();
  const lines = useFilterWords();
  const scope = useStatusScope();
  return (
    <section className="print-section" data-testid="print-filters">
      <h2>{t('print.filters')}</h2>
      <p data-testid="print-status-scope">{scope.text}</p>
      {lines.length === 0 ? (
        <p>{t('print.noFilters')}</p>
      ) : (
        <dl className="print-filters">
          {lines.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function PrintSources({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <section className="print-section" data-testid="print-sources">
      <h2>{t('print.sources')}</h2>
      <ul className="print-sources">
        {mapCredits(language).map((credit) => (
          <li key={credit}>
            <bdi>{credit}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
