// CSV text of export rows (RFC 4180, CRLF): for people in a spreadsheet (with a BOM so Excel reads UTF-8 Arabic,
// and formula-looking text defused) or for GDAL to read (plain), with the GDAL column types beside it (.csvt).
import { BOM, csvCell, csvLine } from '../../lib/csv';
import type { ExportField, ExportRow } from './export-fields';

export interface CsvOptions {
  /** Header names: the export names, the shapefile's 10-character ones, or a labelled export's headers. */
  names: 'name' | 'dbf' | 'header';
  /** For a spreadsheet: a BOM first, and text that Excel would run as a formula prefixed with an apostrophe. */
  forSpreadsheet: boolean;
}

/** The whole CSV, a batch of rows at a time. */
export async function* csvText(
  rows: AsyncIterable<ExportRow[]>,
  fields: readonly ExportField[],
  options: CsvOptions,
): AsyncGenerator<string> {
  const header = (field: ExportField) => field[options.names] ?? field.name;
  yield (
    (options.forSpreadsheet ? BOM : '') + csvLine(fields.map((field) => csvCell(header(field), options.forSpreadsheet)))
  );
  for await (const batch of rows) {
    yield batch
      .map((row) => csvLine(fields.map((field) => csvCell(row[field.name] ?? null, options.forSpreadsheet))))
      .join('');
  }
}

/** GDAL's .csvt: the type of each column; shapefile text gets DBF's widest field (254 bytes) instead of GDAL's 80. */
export function csvtText(fields: readonly ExportField[], names: 'name' | 'dbf'): string {
  const typeOf = (field: ExportField) => (field.type === 'String' && names === 'dbf' ? 'String(254)' : field.type);
  return fields.map((field) => `"${typeOf(field)}"`).join(',');
}
