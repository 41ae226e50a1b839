// Exported GeoPackages, zipped shapefiles and workbooks reopen in GDAL with the filtered features, Arabic intact, no
// contacts; the workbook is for a meeting — Arabic headers and names, right to left, header frozen, an about sheet.
import { execFile } from 'node:child_process';
import type { ReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { promisify } from 'node:util';
import type { AssociationCollection } from '../../contracts/association';
import { EXPORT_FIELDS } from '../../server/src/features/exports/export-fields';
import { exportAssociations } from '../../server/src/features/exports/exports.service';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app';

const run = promisify(execFile);
const gdal = async (tool: string, args: string[]) =>
  (await run(tool, args, { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })).stdout;

interface GeoJson {
  features: { properties: Record<string, unknown> }[];
}

const FILTERS = 'governorate=EG-KN&kind=civil&sector=health,orphans';
let app: TestApp;
let dir: string;
let expected: { id: number; nameAr: string }[];

beforeAll(async () => {
  app = await startTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'export-gdal-test-'));
  const list = (await fetch(`${app.baseUrl}/api/associations?${FILTERS}&limit=10000`).then((r) =>
    r.json(),
  )) as AssociationCollection;
  expected = list.features.map((f) => ({ id: f.id, nameAr: f.properties.nameAr }));
});
afterAll(async () => {
  await app.stop();
  await rm(dir, { recursive: true, force: true });
});

async function save(format: string, name: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/associations/export?format=${format}&${FILTERS}`);
  expect(response.status).toBe(200);
  const file = path.join(dir, name);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

/** What GDAL reads from a dataset, as GeoJSON. */
const readWithGdal = async (source: string) =>
  JSON.parse(await gdal('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', source])) as GeoJson;

test('when a GeoPackage is exported, then GDAL reads the filtered associations in Arabic, no contacts', async () => {
  const file = await save('gpkg', 'export.gpkg');
  const summary = await gdal('ogrinfo', ['-so', file, 'associations']);
  expect(summary).toMatch(/Geometry: Point/);
  expect(summary).toMatch(/EPSG",4326/);
  const read = await readWithGdal(file);
  expect(read.features.map((f) => ({ id: f.properties.id, nameAr: f.properties.nameAr }))).toEqual(expected);
  expect(expected.length).toBeGreaterThan(10);
  expect(Object.keys(read.features[0]?.properties ?? {})).toEqual(
    EXPORT_FIELDS.filter((f) => !f.sensitive).map((f) => f.name),
  );
});

test('when a shapefile is exported, then /vsizip/ reads it as UTF-8 (.cpg) with the 10-character names', async () => {
  const file = await save('shp', 'export.shp.zip');
  const summary = await gdal('ogrinfo', ['-so', '-mdd', 'all', `/vsizip/${file}`, 'associations']);
  expect(summary).toContain('CPG_VALUE=UTF-8');
  const read = await readWithGdal(`/vsizip/${file}`);
  expect(read.features.map((f) => ({ id: f.properties.id, nameAr: f.properties.name_ar }))).toEqual(expected);
  expect(Object.keys(read.features[0]?.properties ?? {})).toEqual(
    EXPORT_FIELDS.filter((f) => !f.sensitive).map((f) => f.dbf),
  );
  expect(read.features[0]?.properties.intl_coop).toEqual(expect.any(Number));
});

test('when a workbook is exported, then GDAL reads Arabic headers, names not codes; Excel shows it RTL', async () => {
  const file = await save('xlsx', 'export.xlsx');
  const read = JSON.parse(
    await gdal('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file, '--config', 'OGR_XLSX_HEADERS', 'FORCE', 'الجمعيات']),
  ) as GeoJson;
  const rows = read.features.map((f) => f.properties);
  expect(rows.map((row) => ({ id: row['المعرف في الأطلس'], nameAr: row['اسم الجمعية'] }))).toEqual(expected);
  expect(Object.keys(rows[0] ?? {})).toEqual(
    expect.arrayContaining(['رقم القيد', 'المركز', 'مجالات النشاط', 'التعاون الدولي', 'حضانة', 'خط الطول']),
  );
  expect(Object.keys(rows[0] ?? {})).not.toContain('الهاتف'); // the public's export
  expect(new Set(rows.map((row) => row['المحافظة']))).toEqual(new Set(['قنا']));
  expect(new Set(rows.map((row) => row['النوع']))).toEqual(new Set(['أهلية']));
  expect(rows.every((row) => /الصحة|رعاية الأيتام/.test(String(row['مجالات النشاط'])))).toBe(true);
  expect(rows.every((row) => ['نعم', 'لا'].includes(String(row['التعاون الدولي'])))).toBe(true);
  const districts = await app.db('districts').where({ governorate_code: 'EG-KN' }).pluck('name_ar');
  expect(rows.every((row) => districts.includes(row['المركز']))).toBe(true);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const [sheet, about] = workbook.worksheets;
  expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
  expect(sheet?.getRow(1).font.bold).toBe(true);
  expect(sheet?.getColumn(2).width).toBeGreaterThan(8);
  const aboutText = (about?.getSheetValues().flat() ?? [])
    .filter((value) => typeof value === 'string' || typeof value === 'number')
    .join(' ');
  expect(aboutText).toContain(String(expected.length));
  expect(aboutText).toMatch(/sector.*health، orphans/);
  expect(aboutText).toContain('CAPMAS');
});

test('when a CSV is asked with labels=en, then its headers and values are English names', async () => {
  const response = await fetch(`${app.baseUrl}/api/associations/export?format=csv&labels=en&${FILTERS}`);
  const [header = '', first = ''] = (await response.text()).split('\r\n');
  expect(header).toContain('Registration no.,Arabic name,English name,Kind,Status,Governorate,District');
  expect(first).toContain(',Civil,');
  expect(first).toContain(',Qena,');
});

test('when GDAL made the file, then it sat in a private temp dir that is gone once sent', async () => {
  const file = await exportAssociations(app.db, null, { district: ['EG.QN.QS'] }, { format: 'gpkg' });
  const made = path.dirname(String((file.body as ReadStream).path));
  expect((await stat(made)).mode & 0o777).toBe(0o700);
  await buffer(file.body); // read it all, as the response does
  await file.cleanup();
  await expect(stat(made)).rejects.toMatchObject({ code: 'ENOENT' });
});
