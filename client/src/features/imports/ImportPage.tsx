// The GIS unit's import page: upload for a dry run, check what was found, adjust the mapping, read the report, commit, undo.
import { useState } from 'react';
import type { ImportMapping, ImportResult } from '../../../../contracts/imports';
import { ImportDetected } from './ImportDetected';
import { ImportHistory } from './ImportHistory';
import { ImportMappingForm } from './ImportMappingForm';
import { ImportReport } from './ImportReport';
import { ImportUploadForm, type ImportOptions } from './ImportUploadForm';
import { useImportUpload } from './use-import-upload';
import { useImports } from './use-imports';
import { ProblemMessage } from '../../app/ProblemMessage';

export function ImportPage() {
  const { state, upload } = useImportUpload();
  const { refresh } = useImports();
  const [options, setOptions] = useState<ImportOptions>({ file: null, target: 'associations', encoding: '', sourceSrs: '' });
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const dryRun = (mapping?: ImportMapping) => {
    if (!options.file) return;
    const form = new FormData();
    form.append('target', options.target);
    if (options.encoding) form.append('encoding', options.encoding);
    if (options.sourceSrs.trim()) form.append('sourceSrs', options.sourceSrs.trim());
    if (mapping) form.append('mapping', JSON.stringify(mapping));
    form.append('file', options.file);
    setError(null);
    upload(form).then(
      (next) => {
        setResult(next);
        void refresh();
      },
      (failure: Error) => setError(failure),
    );
  };

  return (
    <div className="import-page" data-testid="import-page">
      <ImportUploadForm options={options} onChange={setOptions} onSubmit={() => dryRun()} state={state} />
      {error && <p className="form-error" role="alert" data-testid="import-error"><ProblemMessage error={error} /></p>}
      {result && (
        <>
          <ImportDetected result={result} />
          <ImportMappingForm key={result.id} result={result} onRerun={dryRun} busy={state.phase !== 'idle'} />
          <ImportReport key={`report-${result.id}`} result={result} />
        </>
      )}
      <ImportHistory />
    </div>
  );
}
