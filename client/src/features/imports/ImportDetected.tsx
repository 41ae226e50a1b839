// Step two: what the server found in the file (format, encoding, CRS, geometry, columns) and its first rows as written.
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../contracts/imports';

export function ImportDetected({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const { detected, sample } = result;
  const facts: [string, string][] = [
    ['format', detected.format],
    ['encoding', `${detected.encoding} (${detected.encodingSource})`],
    ['srs', detected.srs],
    ['geometry', detected.geometryType],
    ['fields', detected.fields.join(', ')],
  ];
  return (
    <section className="import-detected" data-testid="import-detected" aria-labelledby="import-detected-title">
      <h3 id="import-detected-title">{t('imports.detected')}</h3>
      <dl className="facts">
        {facts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`imports.${key}`)}</dt>
            <dd dir="ltr" data-testid={`import-detected-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('imports.sample')}</h4>
      <div className="table-scroll">
        <table className="import-table" data-testid="import-sample">
          <thead>
            <tr>{detected.fields.map((field) => <th key={field} scope="col" dir="ltr">{field}</th>)}</tr>
          </thead>
          <tbody>
            {sample.map((row, index) => (
              <tr key={index}>{detected.fields.map((field) => <td key={field} dir="auto">{row[field] ?? ''}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
