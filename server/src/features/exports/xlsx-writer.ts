// Writes an export as an Excel workbook for a meeting: the associations on a right-to-left (Arabic) sheet with a
// frozen, bold header row and columns sized to their content, then a sheet saying what the file holds — the
// filters, the date, the count and the sources. exceljs's streaming writer keeps one row in memory at a time.
import ExcelJS from 'exceljs';
import type { LabelLanguage } from '../../../../contracts/export';
import { ABOUT_LABELS } from './export-labels';
import type { ExportField, ExportRow } from './export-fields';

export interface WorkbookAbout {
  /** The filters as given, parameter → values. */
  filters: [string, string][];
  madeOn: string;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Columns are as wide as their header or their first rows' values, within these bounds (in characters). */
const WIDTH_SAMPLE_ROWS = 200;

function widthOf(field: ExportField, sample: ExportRow[]): number {
  const lengths = [field.header ?? field.name, ...sample.map((row) => String(row[field.name] ?? ''))].map(
    (text) => text.length + 2,
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...lengths));
}

export async function writeWorkbook(
  filename: string,
  rows: AsyncIterable<ExportRow[]>,
  fields: readonly ExportField[],
  language: LabelLanguage,
  about: WorkbookAbout,
): Promise<void> {
  const words = ABOUT_LABELS[language];
  const rightToLeft = language === 'ar';
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(words.dataSheet, { views: [{ state: 'frozen', ySplit: 1, rightToLeft }] });
  let count = 0;
  let widthsSet = false;
  for await (const batch of rows) {
    if (!widthsSet) {
      sheet.columns = fields.map((field) => ({
        header: field.header ?? field.name,
        key: field.name,
        width: widthOf(field, batch.slice(0, WIDTH_SAMPLE_ROWS)),
      }));
      sheet.getRow(1).font = { bold: true };
      widthsSet = true;
    }
    for (const row of batch) sheet.addRow(fields.map((field) => row[field.name] ?? null)).commit();
    count += batch.length;
  }
  if (!widthsSet)
    sheet.columns = fields.map((field) => ({
      header: field.header ?? field.name,
      key: field.name,
      width: widthOf(field, []),
    }));
  sheet.commit();

  const aboutSheet = workbook.addWorksheet(words.sheet, { views: [{ rightToLeft }] });
  aboutSheet.columns = [{ width: 24 }, { width: 90 }];
  const lines: [string, string][] = [
    [words.title, ''],
    [words.made, about.madeOn],
    [words.rows, String(count)],
    [words.filters, about.filters.length ? '' : words.none],
    ...about.filters.map(([name, value]): [string, string] => [`  ${name}`, value]),
    [words.sources, words.sourceList],
  ];
  for (const line of lines) aboutSheet.addRow(line).commit();
  aboutSheet.commit();
  await workbook.commit();
}
