// CSV cells: quoting per RFC 4180, and formula-looking text defused only for spreadsheets.
import { csvCell } from '../../lib/csv';
import { csvtText } from './csv';
import { EXPORT_FIELDS } from './export-fields';

test.each([
  ['plain', 'plain'],
  ['جمعية "الأمل", قنا', '"جمعية ""الأمل"", قنا"'],
  ['two\nlines', '"two\nlines"'],
  [' padded', '" padded"'],
  [null, ''],
  [true, 'true'],
  [32.5, '32.5'],
])('when a cell is %j, then it is written %j', (value, expected) => {
  expect(csvCell(value, false)).toBe(expected);
});

test('when a text would run as a spreadsheet formula, then it gets an apostrophe; numbers and phones do not', () => {
  expect(csvCell('=HYPERLINK("http://x")', true)).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvCell('@SUM(A1)', true)).toBe("'@SUM(A1)");
  expect(csvCell('+20 10 1234 5678', true)).toBe('+20 10 1234 5678');
  expect(csvCell('-12.5', true)).toBe('-12.5');
  expect(csvCell('=1+1', false)).toBe('=1+1');
});

test('when GDAL reads the CSV, then the .csvt gives each column its type, with wide text for shapefiles only', () => {
  const names = csvtText(EXPORT_FIELDS, 'name').split(',');
  expect(names).toHaveLength(EXPORT_FIELDS.length);
  expect(names.slice(0, 3)).toEqual(['"Integer"', '"String"', '"String"']);
  expect(csvtText(EXPORT_FIELDS, 'dbf').split(',').slice(0, 3)).toEqual([
    '"Integer"',
    '"String(254)"',
    '"String(254)"',
  ]);
  for (const field of EXPORT_FIELDS) expect(field.dbf.length).toBeLessThanOrEqual(10);
});
