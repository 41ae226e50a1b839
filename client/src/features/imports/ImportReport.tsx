// Step four: the dry run's counts and row errors (each worded from its code in the interface language), the full report
// as CSV, and the commit (skipping invalid rows when asked).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../contracts/imports';
import { useImports } from './use-imports';
import { ProblemMessage } from '../../app/ProblemMessage';
import { wordFieldError } from '../../i18n/problem-words';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { useFieldLabel } from '../history/use-field-label';

const COUNTS = ['total', 'valid', 'invalid', 'new', 'updated', 'unchanged'] as const;

export function ImportReport({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const { commit } = useImports();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const language = useLanguage();
  const label = useFieldLabel();
  const invalid = result.counts.invalid > 0;
  const sheet = result.errors.some((error) => error.sheetRow !== null);
  const committed = commit.data?.id === result.id || result.status !== 'validated';
  return (
    <section className="import-report" data-testid="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">{t('imports.report')}</h3>
      <ul className="import-counts">
        {COUNTS.map((name) => (
          <li key={name} data-testid={`import-count-${name}`} data-value={result.counts[name]}>
            {t(`imports.counts.${name}`)}: <strong>{formatNumber(result.counts[name], language)}</strong>
          </li>
        ))}
      </ul>
      {result.errors.length > 0 && (
        <div className="table-scroll">
          <table className="import-table" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col">{t('imports.row')}</th>
                {sheet && <th scope="col">{t('imports.sheetRow')}</th>}
                <th scope="col">{t('imports.field')}</th>
                <th scope="col">{t('imports.message')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((error, index) => (
                <tr key={index} data-row={error.row}>
                  <td>{formatNumber(error.row, language)}</td>
                  {sheet && <td>{error.sheetRow === null ? '' : formatNumber(error.sheetRow, language)}</td>}
                  <td>{label(error.field)}</td>
                  <td data-code={error.code}>{wordFieldError(error, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <a href={`/api/imports/${result.id}/report.csv`} download data-testid="import-report-csv">
        {t('imports.reportCsv')}
      </a>
      {committed ? (
        <p role="status" data-testid="import-committed">
          {t('imports.committed')}
        </p>
      ) : (
        <div className="staff-form">
          {invalid && (
            <label className="check">
              <input
                type="checkbox"
                checked={skipInvalid}
                onChange={(e) => setSkipInvalid(e.target.checked)}
                data-testid="import-skip-invalid"
              />
              {t('imports.skipInvalid')}
            </label>
          )}
          {commit.error && (
            <p className="form-error" role="alert">
              <ProblemMessage error={commit.error} />
            </p>
          )}
          <button
            type="button"
            className="primary"
            disabled={commit.isPending || (invalid && !skipInvalid) || result.counts.valid === 0}
            onClick={() => commit.mutate({ id: result.id, skipInvalid })}
            data-testid="import-commit"
          >
            {t('imports.commit')}
          </button>
        </div>
      )}
    </section>
  );
}
