// The members range: from / to, committed after a pause in typing.
import { useTranslation } from 'react-i18next';
import { MAX_MEMBERS } from '../../../../contracts/association-filters';
import { useDraft } from './use-draft';

interface FilterMembersProps {
  min: number | undefined;
  max: number | undefined;
  onChange: (range: { minMembers: number | undefined; maxMembers: number | undefined }) => void;
}

const toNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Math.min(Number(text), MAX_MEMBERS) : undefined);

export function FilterMembers({ min, max, onChange }: FilterMembersProps) {
  const { t } = useTranslation();
  const [minDraft, setMinDraft] = useDraft(min?.toString() ?? '', (text) =>
    onChange({ minMembers: toNumber(text), maxMembers: max }),
  );
  const [maxDraft, setMaxDraft] = useDraft(max?.toString() ?? '', (text) =>
    onChange({ minMembers: min, maxMembers: toNumber(text) }),
  );
  const reversed = min !== undefined && max !== undefined && min > max;

  return (
    <fieldset className="choices members" data-testid="filter-members">
      <legend>{t('filters.members')}</legend>
      <label>
        <span>{t('filters.minMembers')}</span>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={minDraft}
          onChange={(e) => setMinDraft(e.target.value)}
          data-testid="filter-min-members"
        />
      </label>
      <label>
        <span>{t('filters.maxMembers')}</span>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={maxDraft}
          aria-invalid={reversed}
          onChange={(e) => setMaxDraft(e.target.value)}
          data-testid="filter-max-members"
        />
      </label>
    </fieldset>
  );
}
