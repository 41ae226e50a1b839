// The validation report as CSV: UTF-8 with a byte-order mark so spreadsheet programs show the Arabic, one line
// per (row, field, message, code), quoted where needed.
import type { ImportRowError } from '../../../../../contracts/imports';

const BOM = '\uFEFF';

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `sheet_row` is the spreadsheet's own row number (empty for other formats), beside `row` as the API numbers it. */
export function reportCsv(errors: ImportRowError[]): string {
  const lines = errors.map((error) => [error.row, error.sheetRow, error.field, error.message, error.code].map(cell).join(','));
  return `${BOM}row,sheet_row,field,message,code\r\n${lines.map((line) => `${line}\r\n`).join('')}`;
}
