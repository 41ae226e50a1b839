// Free-text search (q): names, registration number and address, matched by the server's Arabic-aware search.
import { useTranslation } from 'react-i18next';
import { useDraft } from './use-draft';

export function FilterSearch({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (q: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft(value ?? '', (text) => onChange(text.trim() || undefined));
  return (
    <label className="field">
      <span>{t('filters.search')}</span>
      <input
        type="search"
        value={draft}
        maxLength={200}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => setDraft(event.target.value)}
        data-testid="filter-q"
      />
    </label>
  );
}
