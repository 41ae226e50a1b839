// The search box in the header: suggestions as you type in a listbox (arrows, Enter, Escape), associations and villages.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { searchSuggestion } from '../../../../contracts/search';
import { useFilters } from '../filters/use-filters';
import { SearchOption } from './SearchOption';
import { useSearch } from './use-search';

export type Suggestion = z.infer<typeof searchSuggestion>;

export function SearchBox({ onChoose }: { onChoose: (suggestion: Suggestion) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const governorates = useFilters().filters.governorate ?? [];
  const search = useSearch(text, governorates);
  const results = text.trim() ? (search.data?.results ?? []) : [];
  const shown = open && results.length > 0;

  const choose = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    setOpen(false);
    setActive(-1);
    setText('');
    onChoose(suggestion);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (results.length ? (current + step + results.length) % results.length : -1));
    } else if (event.key === 'Enter' && shown) {
      event.preventDefault();
      choose(results[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search" data-testid="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid="search-input"
      />
      <ul id={listId} role="listbox" aria-label={t('search.suggestions')} className="search-list" hidden={!shown} data-testid="search-list">
        {results.map((suggestion, index) => (
          <SearchOption
            key={`${suggestion.type}-${suggestion.id}`}
            id={`${listId}-${index}`}
            suggestion={suggestion}
            active={index === active}
            onChoose={() => choose(suggestion)}
          />
        ))}
      </ul>
      <span className="sr-only" aria-live="polite">
        {open && text.trim() && search.data ? t('search.count', { count: results.length }) : ''}
      </span>
    </div>
  );
}
