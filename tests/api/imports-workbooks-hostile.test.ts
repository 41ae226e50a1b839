// Hostile and unreadable workbooks: each a clear 4xx with a stable code within seconds, nothing written and no
// temporary file left. The app runs with a 1 MB upload limit (a workbook may unpack to 10 MB).
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { FixtureFile } from '../support/fixtures/gdal-fixtures';
import { startImportWorld, type ImportWorld } from '../support/fixtures/import-world';
import { buildZip } from '../support/fixtures/zip-builder';

let world: ImportWorld;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_workbooks', { IMPORT_MAX_MB: '1' });
});
afterAll(async () => {
  await world.stop();
});

const OLE_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<FixtureFile> {
  const book = new ExcelJS.Workbook();
  build(book);
  return { name: 'registry.xlsx', data: Buffer.from(await book.xlsx.writeBuffer()) };
}

const header = (sheet: ExcelJS.Worksheet) => sheet.addRow(['رقم القيد', 'اسم الجمعية']);

/** The parts GDAL needs to call a zip an .xlsx, around a sheet of `sheetXml`. */
const xlsxParts = (sheetXml: Buffer) => [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
  },
  { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
  { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
];

const hostile: [string, () => FixtureFile | Promise<FixtureFile>, number, string][] = [
  [
    'an Excel 97–2003 .xls',
    () => ({ name: 'registry.xls', data: Buffer.concat([OLE_SIGNATURE, Buffer.alloc(4000, 1)]) }),
    415,
    'xlsNotSupported',
  ],
  [
    'a password-protected workbook',
    () => ({
      name: 'registry.xlsx',
      data: Buffer.concat([
        OLE_SIGNATURE,
        Buffer.alloc(600),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(600),
      ]),
    }),
    422,
    'spreadsheetEncrypted',
  ],
  [
    'a workbook of 120 sheets',
    () =>
      workbook((book) => {
        for (let i = 0; i < 120; i++) header(book.addWorksheet(`sheet ${i}`));
      }),
    422,
    'tooManySheets',
  ],
  [
    'a sheet of 16,000 columns',
    () =>
      workbook((book) => {
        const sheet = book.addWorksheet('wide');
        header(sheet);
        sheet.getCell(2, 16_000).value = 'x';
      }),
    422,
    'tooManyColumns',
  ],
  [
    'a sheet of a million rows',
    () =>
      workbook((book) => {
        const sheet = book.addWorksheet('long');
        header(sheet);
        sheet.getCell(1_000_000, 1).value = 'x';
      }),
    413,
    'tooManyRows',
  ],
  [
    'an .xlsx that is a zip bomb',
    () => ({
      name: 'bomb.xlsx',
      data: buildZip(
        xlsxParts(
          Buffer.concat([Buffer.from('<worksheet>'), Buffer.alloc(60 * 1024 * 1024, 32), Buffer.from('</worksheet>')]),
        ),
      ),
    }),
    422,
    'zipBomb',
  ],
];

const workspaces = () => readdirSync(tmpdir()).filter((name) => name.startsWith('civic-atlas-import-')).length;

test.each(hostile)(
  'when the upload is %s, then %i with code %s, quickly, and nothing written',
  async (_name, make, status, code) => {
    const file = await make();
    const [importsBefore, workspacesBefore] = [await world.db('imports').count('* as n').first(), workspaces()];
    const started = performance.now();
    const reply = await world.as.gisQena.upload<{ code: string; detail: string }>(file);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(reply.body.code).toBe(code);
    expect(await world.db('imports').count('* as n').first()).toEqual(importsBefore);
    expect(workspaces()).toBe(workspacesBefore);
  },
);

test('when a workbook has no sheet of that name, then 422 lists the sheets it has and nothing is staged', async () => {
  const file = await workbook((book) => header(book.addWorksheet('سجل')));
  const stagedTables = () => world.db('pg_tables').where({ schemaname: 'import_staging' }).count('* as n').first();
  const stagedBefore = await stagedTables();
  const reply = await world.as.gisQena.upload<{ errors: { field: string; message: string }[] }>(file, {
    layer: 'أخرى',
  });
  expect(reply.status).toBe(422);
  expect(reply.body.errors).toEqual([
    {
      field: 'layer',
      code: 'import_unknown_layer',
      layer: 'أخرى',
      layers: ['سجل'],
      message: 'The file has no sheet or layer "أخرى" (it has سجل)',
    },
  ]);
  expect(await stagedTables()).toEqual(stagedBefore); // the sheet's copy, begun while GDAL read the file, is gone
});
