// Step three: which column feeds which field, prefilled from the server's suggestion (or the template), each with
// the first values the column holds; "check again" re-runs the dry run with it. Shown whatever the proposal gave.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGET_FIELDS, type ImportMapping } from '../../../../contracts/imports';
import { withEntry } from '../../lib/records';
import { useFieldLabel } from '../history/use-field-label';
import type { ImportDraft } from './import-draft';

const SAMPLE_VALUES = 3;

export function ImportMappingForm({
  draft,
  onRerun,
  busy,
}: {
  draft: ImportDraft;
  onRerun: (mapping: ImportMapping) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [mapping, setMapping] = useState<ImportMapping>(() =>
    Object.keys(draft.mapping).length ? draft.mapping : draft.suggestedMapping,
  );
  const fields: Record<string, { required?: true }> = IMPORT_TARGET_FIELDS[draft.target];
  const samplesOf = (column: string | undefined) =>
    column
      ? draft.sample
          .map((row) => row[column])
          .filter((value): value is string => Boolean(value))
          .slice(0, SAMPLE_VALUES)
      : [];
  const choose = (field: string, column: string) => setMapping(withEntry(mapping, field, column));
  return (
    <form
      className="staff-form import-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        onRerun(mapping);
      }}
      data-testid="import-mapping"
    >
      <h3>{t('imports.mapping')}</h3>
      <div className="mapping-grid">
        {Object.entries(fields).map(([field, rule]) => (
          <label key={field}>
            {label(field)} {rule.required && <small>{t('imports.required')}</small>}
            <select
              value={mapping[field] ?? ''}
              onChange={(e) => choose(field, e.target.value)}
              data-testid={`import-map-${field}`}
            >
              <option value="">{t('imports.unmapped')}</option>
              {draft.detected.fields.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
            {samplesOf(mapping[field]).length > 0 && (
              <small className="import-samples" dir="auto">
                {samplesOf(mapping[field]).join(' · ')}
              </small>
            )}
          </label>
        ))}
      </div>
      <button type="submit" disabled={busy} data-testid="import-rerun">
        {t('imports.rerun')}
      </button>
    </form>
  );
}
