// When no association matches: a calm sentence naming the filters in force, with a button to remove each (and one to
// remove them all); with none but the governorate, that no association is recorded there yet. On the list and the
// dashboard.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useFilters } from './use-filters';
import { useNarrowingFilters } from './use-narrowing-filters';

export function FilterNoMatches() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { reset } = useFilters();
  const { lines, remove, place } = useNarrowingFilters();
  if (lines.length === 0)
    return (
      <p className="state" data-testid="no-matches">
        {t('noMatches.nothingIn', { place })}
      </p>
    );

  const words = lines.map((line) => `${line.label} = ${line.value}`);
  return (
    <div className="state no-matches" data-testid="no-matches">
      <p>
        {t(lines.length === 1 ? 'noMatches.removeIt' : 'noMatches.removeOne', {
          filters: words.join(language === 'ar' ? '؛ ' : '; '),
        })}
      </p>
      <ul className="no-matches-filters">
        {lines.map((line, index) => (
          <li key={line.names.join()}>
            <button
              type="button"
              className="filter-chip"
              aria-label={t('noMatches.remove', { filter: words[index] })}
              onClick={() => remove(line)}
              data-testid="no-matches-remove"
              data-filter={line.names.join()}
            >
              {words[index]} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {lines.length > 1 && (
        <button type="button" className="link-button" onClick={reset} data-testid="no-matches-reset">
          {t('filters.reset')}
        </button>
      )}
    </div>
  );
}
