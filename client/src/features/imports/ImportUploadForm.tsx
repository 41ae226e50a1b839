// Step one: the file and its options (target, sheet, encoding, CRS, values for every row); sends it for a dry run
// and shows progress while it runs.
import { useTranslation } from 'react-i18next';
import {
  IMPORT_ENCODINGS,
  IMPORT_TARGETS,
  type ImportDefaults as Defaults,
  type ImportDetected,
  type ImportTarget,
} from '../../../../contracts/imports';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { ImportDefaults } from './ImportDefaults';
import type { UploadState } from './use-import-upload';

export interface ImportOptions {
  file: File | null;
  target: ImportTarget;
  encoding: string;
  sourceSrs: string;
  /** The sheet (or layer); '' lets the server choose. */
  layer: string;
  defaults: Defaults;
}

interface ImportUploadFormProps {
  options: ImportOptions;
  /** The sheets of the file as last read, to choose from. */
  layers: ImportDetected['layers'];
  onChange: (options: ImportOptions) => void;
  onSubmit: () => void;
  state: UploadState;
}

export function ImportUploadForm({ options, layers, onChange, onSubmit, state }: ImportUploadFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const busy = state.phase !== 'idle';
  return (
    <form
      className="staff-form import-upload"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      data-testid="import-form"
    >
      <label>
        {t('imports.file')}
        <input
          type="file"
          required
          onChange={(e) => onChange({ ...options, file: e.target.files?.[0] ?? null, layer: '' })}
          data-testid="import-file"
        />
      </label>
      {layers.length > 1 && (
        <label>
          {t('imports.sheet')}
          <select
            value={options.layer}
            onChange={(e) => onChange({ ...options, layer: e.target.value })}
            data-testid="import-layer"
          >
            <option value="">{t('imports.auto')}</option>
            {layers.map((layer) => (
              <option key={layer.name} value={layer.name}>
                {t('imports.sheetRows', { name: layer.name, rows: formatNumber(layer.rows, language) })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('imports.target')}
        <select
          value={options.target}
          onChange={(e) => onChange({ ...options, target: e.target.value as ImportTarget })}
          data-testid="import-target"
        >
          {IMPORT_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`imports.targets.${target}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('imports.encoding')}
        <select value={options.encoding} onChange={(e) => onChange({ ...options, encoding: e.target.value })}>
          <option value="">{t('imports.auto')}</option>
          {IMPORT_ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {encoding}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('imports.srs')}
        <input
          dir="ltr"
          placeholder={t('imports.auto')}
          value={options.sourceSrs}
          onChange={(e) => onChange({ ...options, sourceSrs: e.target.value })}
        />
      </label>
      {options.target === 'associations' && (
        <ImportDefaults defaults={options.defaults} onChange={(defaults) => onChange({ ...options, defaults })} />
      )}
      <button type="submit" className="primary" disabled={busy || !options.file} data-testid="import-check">
        {t('imports.check')}
      </button>
      <p role="status" aria-live="polite" data-testid="import-progress">
        {state.phase === 'uploading' && t('imports.uploading', { percent: formatNumber(state.percent, language) })}
        {state.phase === 'processing' && t('imports.processing', { seconds: formatNumber(state.seconds, language) })}
      </p>
    </form>
  );
}
