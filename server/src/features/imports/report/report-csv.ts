// The validation report as CSV: UTF-8 with a byte-order mark so spreadsheet programs show the Arabic, one line
// per (row, field, message, code), written with the app's one CSV writer (lib/csv.ts).
import type { ImportRowError } from '../../../../../contracts/imports';
import { BOM, csvCell, csvLine } from '../../../lib/csv';

/** `sheet_row` is the spreadsheet's own row number (empty for other formats), beside `row` as the API numbers it. */
export function reportCsv(errors: ImportRowError[]): string {
  const lines = errors.map((error) =>
    csvLine([error.row, error.sheetRow, error.field, error.message, error.code].map((value) => csvCell(value, true))),
  );
  return `${BOM}${csvLine(['row', 'sheet_row', 'field', 'message', 'code'])}${lines.join('')}`;
}
