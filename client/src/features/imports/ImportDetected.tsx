// Step two: what the server found in the file (format, encoding, CRS, geometry, columns) and its first rows as written.
// How the encoding was found and the kind of geometry are worded in the interface language; names and codes stay.
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../contracts/imports';

/** GDAL's geometry type as a dictionary key: "3D Multi Polygon" → multiPolygon. */
const geometryKey = (type: string) =>
  type
    .replace(/^(3D|2\.5D|25D) /i, '')
    .toLowerCase()
    .split(' ')
    .map((word, index) => (index ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join('');

export function ImportDetected({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const { detected, sample } = result;
  const worded = (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback);
  const facts: [string, string, 'ltr' | 'auto'][] = [
    ['format', detected.format, 'ltr'],
    [
      'encoding',
      `${detected.encoding} (${worded(`imports.encodingSources.${detected.encodingSource}`, detected.encodingSource)})`,
      'auto',
    ],
    ['srs', detected.srs, 'ltr'],
    ['geometry', worded(`imports.geometryTypes.${geometryKey(detected.geometryType)}`, detected.geometryType), 'auto'],
    ['fields', detected.fields.join(', '), 'ltr'],
  ];
  return (
    <section className="import-detected" data-testid="import-detected" aria-labelledby="import-detected-title">
      <h3 id="import-detected-title">{t('imports.detected')}</h3>
      <dl className="facts">
        {facts.map(([key, value, dir]) => (
          <div key={key}>
            <dt>{t(`imports.${key}`)}</dt>
            <dd dir={dir} data-testid={`import-detected-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <h4>{t('imports.sample')}</h4>
      <div className="table-scroll">
        <table className="import-table" data-testid="import-sample">
          <thead>
            <tr>
              {detected.fields.map((field) => (
                <th key={field} scope="col" dir="ltr">
                  {field}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((row, index) => (
              <tr key={index}>
                {detected.fields.map((field) => (
                  <td key={field} dir="auto">
                    {row[field] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
