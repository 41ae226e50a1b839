// reportCsv: a byte-order mark, quoting, no spreadsheet formulas from a file's values, the sheet's own row beside ours,
// each line's code last.
import { reportCsv } from './report-csv';

test('when errors quote values with commas, quotes and formulas, then the CSV keeps them as text', () => {
  expect(
    reportCsv([
      { row: 2, sheetRow: null, field: 'kind', code: 'invalid_value', message: '"أهليه, مركزية" is not a kind' },
      { row: 9, sheetRow: 10, field: 'nameAr', code: 'too_big', message: '=HYPERLINK("x")' },
    ]),
  ).toBe(
    '\uFEFFrow,sheet_row,field,message,code\r\n' +
      '2,,kind,"""أهليه, مركزية"" is not a kind",invalid_value\r\n' +
      '9,10,nameAr,"\'=HYPERLINK(""x"")",too_big\r\n',
  );
});

test('when there are no errors, then only the header is written', () => {
  expect(reportCsv([])).toBe('\uFEFFrow,sheet_row,field,message,code\r\n');
});
