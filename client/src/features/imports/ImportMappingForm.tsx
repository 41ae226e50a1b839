// Step three: which column feeds which field, prefilled from the server's suggestion; "check again" re-runs the dry run with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGET_FIELDS, type ImportMapping, type ImportResult } from '../../../../contracts/imports';
import { useFieldLabel } from '../history/use-field-label';

export function ImportMappingForm({ result, onRerun, busy }: { result: ImportResult; onRerun: (mapping: ImportMapping) => void; busy: boolean }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [mapping, setMapping] = useState<ImportMapping>(() => (Object.keys(result.mapping).length ? result.mapping : result.suggestedMapping));
  const fields: Record<string, { required?: true }> = IMPORT_TARGET_FIELDS[result.target];
  const choose = (field: string, column: string) => {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    setMapping(next);
  };
  return (
    <form className="staff-form import-mapping" onSubmit={(event) => {
        event.preventDefault();
        onRerun(mapping);
      }} data-testid="import-mapping">
      <h3>{t('imports.mapping')}</h3>
      <div className="mapping-grid">
        {Object.entries(fields).map(([field, rule]) => (
          <label key={field}>
            {label(field)} {rule.required && <small>{t('imports.required')}</small>}
            <select value={mapping[field] ?? ''} onChange={(e) => choose(field, e.target.value)} data-testid={`import-map-${field}`}>
              <option value="">{t('imports.unmapped')}</option>
              {result.detected.fields.map((column) => <option key={column} value={column}>{column}</option>)}
            </select>
          </label>
        ))}
      </div>
      <button type="submit" disabled={busy} data-testid="import-rerun">{t('imports.rerun')}</button>
    </form>
  );
}
