// The GIS unit's import page: upload for a dry run (sheet, values for every row), check what was found, adjust the
// mapping and confirm the value matches, see how rows were placed, read the report, commit, undo.
import { useState } from 'react';
import type { ImportMapping, ImportResult, ImportValues } from '../../../../contracts/imports';
import { ProblemMessage } from '../../app/ProblemMessage';
import { ImportDetected } from './ImportDetected';
import { draftOfRefusal, draftOfResult, type ImportDraft } from './import-draft';
import { ImportHistory } from './ImportHistory';
import { ImportMappingForm } from './ImportMappingForm';
import { ImportPlacement } from './ImportPlacement';
import { ImportReport } from './ImportReport';
import { ImportUploadForm, type ImportOptions } from './ImportUploadForm';
import { ImportValueTable } from './ImportValueTable';
import { useImportUpload } from './use-import-upload';
import { useImports } from './use-imports';

/** What the next dry run sends beyond the options: the mapping and value choices the user settled on so far. */
interface Choices {
  mapping?: ImportMapping;
  values?: ImportValues;
}

export function ImportPage() {
  const { state, upload } = useImportUpload();
  const { refresh } = useImports();
  const [options, setOptions] = useState<ImportOptions>({
    file: null,
    target: 'associations',
    encoding: '',
    sourceSrs: '',
    layer: '',
    defaults: {},
  });
  const [choices, setChoices] = useState<Choices>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const dryRun = (next: Choices) => {
    if (!options.file) return;
    setChoices(next);
    const form = new FormData();
    form.append('target', options.target);
    if (options.encoding) form.append('encoding', options.encoding);
    if (options.sourceSrs.trim()) form.append('sourceSrs', options.sourceSrs.trim());
    if (options.layer) form.append('layer', options.layer);
    if (options.target === 'associations' && Object.keys(options.defaults).length)
      form.append('defaults', JSON.stringify(options.defaults));
    if (next.mapping) form.append('mapping', JSON.stringify(next.mapping));
    if (next.values && Object.keys(next.values).length) form.append('values', JSON.stringify(next.values));
    form.append('file', options.file);
    setError(null);
    upload(form).then(
      (made) => {
        setResult(made);
        setDraft(draftOfResult(made));
        void refresh();
      },
      (failure: unknown) => {
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setResult(null);
        setDraft(draftOfRefusal(failure, options.target)); // a mapping that did not fit still shows the form
      },
    );
  };
  const busy = state.phase !== 'idle';

  return (
    <div className="import-page" data-testid="import-page">
      <ImportUploadForm
        options={options}
        layers={draft?.detected.layers ?? []}
        onChange={setOptions}
        onSubmit={() => dryRun({})}
        state={state}
      />
      {error && (
        <p className="form-error" role="alert" data-testid="import-error">
          <ProblemMessage error={error} />
        </p>
      )}
      {result && <ImportDetected result={result} />}
      {draft && (
        <ImportMappingForm
          key={`${result?.id ?? 'refused'}-${draft.detected.layer}`}
          draft={draft}
          onRerun={(mapping) => dryRun({ ...choices, mapping })}
          busy={busy}
        />
      )}
      {result && (
        <>
          <ImportValueTable
            key={`values-${result.id}`}
            result={result}
            onRerun={(values) => dryRun({ ...choices, mapping: result.mapping, values })}
            busy={busy}
          />
          <ImportPlacement key={`placement-${result.id}`} importId={result.id} placement={result.placement} />
          <ImportReport key={`report-${result.id}`} result={result} />
        </>
      )}
      <ImportHistory />
    </div>
  );
}
