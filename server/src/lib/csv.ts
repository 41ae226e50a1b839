// CSV cells and lines (RFC 4180, CRLF) for every CSV the app writes — exports and import reports — with the
// spreadsheet's needs: a byte-order mark so Excel reads UTF-8 Arabic, and text that would run as a formula defused.
export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Text starting like a formula (=, +, -, @, tab, CR), unless it is just a number or a phone number. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[\d\s().-]+$/;

export type CsvValue = string | number | boolean | null;

/** One cell: quoted where needed; for a spreadsheet, formula-looking text prefixed with an apostrophe. */
export function csvCell(value: CsvValue, forSpreadsheet: boolean): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = forSpreadsheet && FORMULA_START.test(value) && !NUMBER_OR_PHONE.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of already written cells. */
export const csvLine = (cells: string[]) => `${cells.join(',')}\r\n`;
