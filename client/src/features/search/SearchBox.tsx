// A search box with suggestions as you type in a listbox (arrows, Enter, Escape): the header's (associations and
// villages in the chosen governorates) and the service finder's (villages anywhere).
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { searchSuggestion } from '../../../../contracts/search';
import { SearchOption } from './SearchOption';
import { useSearch, type SearchScope } from './use-search';

export type Suggestion = z.infer<typeof searchSuggestion>;

interface SearchBoxProps {
  scope: SearchScope;
  label: string;
  placeholder: string;
  onChoose: (suggestion: Suggestion) => void;
  /** The box's test id; its input and list add -input and -list. */
  testId?: string;
}

export function SearchBox({ scope, label, placeholder, onChoose, testId = 'search' }: SearchBoxProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useSearch(text, scope);
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
    <div className="search" data-testid={testId}>
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid={`${testId}-input`}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.suggestions')}
        className="search-list"
        hidden={!shown}
        data-testid={`${testId}-list`}
      >
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
