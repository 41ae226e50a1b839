// The dry run reads every format the GIS unit sends: shapefiles in Red Belt and CP1256 (with and without .cpg),
// a UTM GeoPackage with bad rows, KML, GeoJSON, CSV, the real Iraqi shapefile; an unknown CRS is refused.
import type { ImportResult } from '../../contracts/imports';
import {
  csv,
  fixtureDir,
  geojson,
  geopackage,
  iraqShapefileZip,
  kml,
  reencode,
  shapefileZip,
  type FixtureDir,
} from '../support/fixtures/gdal-fixtures';
import { LUXOR, QENA_CITY, QUS, startImportWorld, type ImportWorld } from '../support/fixtures/import-world';

let world: ImportWorld;
let files: FixtureDir;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_formats');
  files = await fixtureDir();
});
afterAll(async () => {
  await files.remove();
  await world.stop();
});

const HEADER = ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'lon', 'lat'];
const TWO_IN_QENA = csv(HEADER, [
  ['FMT-1', 'جمعية تنمية المجتمع بقنا', 'أهلية', 25, ...QENA_CITY],
  ['FMT-2', 'جمعية رعاية الأيتام بقوص', 'مركزية', 40, ...QUS],
]);

/** Metres between the staged point of `registrationNo` and the Qena test point of SOURCES.md. */
async function metresFromQenaTestPoint(importId: number, registrationNo: string): Promise<number> {
  const result = await world.db.raw<{ rows: { metres: number }[] }>(
    `SELECT ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(32.7167, 26.1642), 4326)::geography) AS metres
       FROM ?? WHERE registration_no = ?`,
    [`import_staging.rows_${importId}`, registrationNo],
  );
  const [row] = result.rows;
  if (!row) throw new Error(`${registrationNo} is not staged in import ${importId}`);
  return row.metres;
}

describe('shapefiles in Egypt Red Belt (EPSG:22992) with Arabic in CP1256', () => {
  test.each([
    ['with its .cpg', { cpg: true }, 'cpg'],
    ['without a .cpg (the bytes are sniffed)', { cpg: false }, 'sniffed'],
    ['without a .cpg but with language driver 0x7E', { cpg: false, languageDriver: 0x7e }, 'dbf-language-driver'],
  ])(
    'when the shapefile comes %s, then the Arabic is intact and the point within a metre',
    async (_case, options, encodingSource) => {
      const file = await shapefileZip(files, `redbelt_${encodingSource}`, TWO_IN_QENA, {
        srs: 'EPSG:22992',
        encoding: 'CP1256',
        folder: 'survey/2026',
        ...options,
      });
      const reply = await world.as.gisQena.upload<ImportResult>(file);
      expect(reply.status).toBe(201);
      expect(reply.headers.get('location')).toBe(`/api/imports/${reply.body.id}`);
      expect(reply.body).toMatchObject({
        status: 'validated',
        detected: {
          format: 'shapefile',
          encoding: 'CP1256',
          encodingSource,
          srs: 'EPSG:22992',
          geometryType: 'Point',
          fields: ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS'],
        },
        counts: { total: 2, valid: 2, invalid: 0, new: 2, updated: 0 },
        errors: [],
        mapping: { registrationNo: 'REG_NO', nameAr: 'NAME_AR', kind: 'KIND', members: 'MEMBERS' },
      });
      expect(reply.body.sample[0]).toMatchObject({
        REG_NO: 'FMT-1',
        NAME_AR: 'جمعية تنمية المجتمع بقنا',
        KIND: 'أهلية',
      });
      expect(await metresFromQenaTestPoint(reply.body.id, 'FMT-1')).toBeLessThan(1);
    },
  );
});

test('when a UTM 36N GeoPackage has bad rows, then each is reported by row and field, and counts match', async () => {
  const existing = await world
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .orderBy('id')
    .first<{ registration_no: string }>('registration_no');
  const rows = csv(
    ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'wkt'],
    [
      ['UTM-1', 'جمعية قنا الجديدة', 'civil', 12, `POINT (${QENA_CITY.join(' ')})`],
      [existing.registration_no, 'جمعية محدثة', 'central', 30, `POINT (${QUS.join(' ')})`],
      ['UTM-3', 'جمعية بأعضاء سالبة', 'civil', -4, `POINT (${QUS.join(' ')})`],
      ['UTM-4', '', 'civil', 5, `POINT (${QUS.join(' ')})`],
      ['UTM-5', 'جمعية في السودان', 'civil', 5, 'POINT (33.0 15.0)'],
      ['UTM-6', 'جمعية مضلعة', 'civil', 5, 'POLYGON ((32.7 26.1, 32.8 26.1, 32.8 26.2, 32.7 26.1))'],
      ['UTM-1', 'جمعية مكررة', 'نوع غريب', 'كثير', `POINT (${QENA_CITY.join(' ')})`],
    ],
  );
  const reply = await world.as.gisQena.upload<ImportResult>(await geopackage(files, 'survey_utm', rows, 'EPSG:32636'));
  expect(reply.status).toBe(201);
  expect(reply.body.detected).toMatchObject({ format: 'geopackage', srs: 'EPSG:32636', encoding: 'UTF-8' });
  expect(reply.body.counts).toEqual({ total: 7, valid: 1, invalid: 6, new: 0, updated: 1, unchanged: 0 });
  expect(reply.body.errors.map(({ row, field }) => [row, field])).toEqual([
    [1, 'registrationNo'],
    [3, 'members'],
    [4, 'nameAr'],
    [5, 'location'],
    [6, 'location'],
    [7, 'kind'],
    [7, 'members'],
    [7, 'registrationNo'],
  ]);
  expect(reply.body.errors.find((e) => e.row === 5)?.message).toMatch(/outside Egypt/);
  expect(reply.body.errors.find((e) => e.row === 6)?.message).toMatch(/must be a point, not a POLYGON/);
  expect(reply.body.errors.find((e) => e.row === 1)?.message).toBe('UTM-1 appears on rows 1, 7 of the file');

  const report = await world.as.gisQena.json('GET', `/api/imports/${reply.body.id}/report.csv`);
  expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const lines = report.text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('\uFEFFrow,sheet_row,field,message,code');
  expect(lines).toHaveLength(1 + reply.body.errorCount);
  expect(lines).toContain(
    '7,,kind,"""نوع غريب"" is not a kind: civil (أهلية) or central (مركزية), or choose one in values.kind"' +
      ',invalid_value',
  );
});

test('when a KML and a GeoJSON file come in, then they are read in WGS 84 with their attributes', async () => {
  for (const file of [await kml(files, 'visit', TWO_IN_QENA), await geojson(files, 'visit', TWO_IN_QENA)]) {
    const reply = await world.as.gisQena.upload<ImportResult>(file);
    expect(reply.status).toBe(201);
    expect(reply.body.detected.srs).toBe('EPSG:4326');
    expect(reply.body.counts).toMatchObject({ total: 2, valid: 2 });
    expect(reply.body.sample[1]).toMatchObject({ NAME_AR: 'جمعية رعاية الأيتام بقوص' });
  }
});

test('when a CSV has Arabic headers, Arabic-Indic digits and list cells, then they are mapped and read', async () => {
  const text = csv(
    ['رقم الإشهار', 'اسم الجمعية', 'النوع', 'عدد الأعضاء', 'مجالات النشاط', 'الإمكانات', 'خط الطول', 'خط العرض'],
    [
      ['CSV-1', 'جمعية الشباب بقوص', 'اهلية', '١٢٠', 'الصحة؛ Orphans', 'حضانة: 2، مستوصف', ...QUS],
      ['CSV-2', 'جمعية بلا مجال', 'مركزيه', '7', 'الفضاء', 'nursery: نعم', ...QUS],
    ],
  );
  const reply = await world.as.gisQena.upload<ImportResult>({ name: 'registry.csv', data: Buffer.from(text) });
  expect(reply.status).toBe(201);
  expect(reply.body.suggestedMapping).toEqual({
    registrationNo: 'رقم الإشهار',
    nameAr: 'اسم الجمعية',
    kind: 'النوع',
    members: 'عدد الأعضاء',
    sectors: 'مجالات النشاط',
    resources: 'الإمكانات',
  });
  expect(reply.body.counts).toMatchObject({ total: 2, valid: 1, invalid: 1 });
  expect(reply.body.errors).toEqual([
    {
      row: 2,
      sheetRow: null,
      field: 'sectors',
      code: 'unknown_sector',
      values: ['الفضاء'],
      message: 'unknown sector "الفضاء": choose its sector in the value table (values.sectors)',
    },
  ]);
  const staged: unknown = await world
    .db(`import_staging.rows_${reply.body.id}`)
    .where({ row_no: 1 })
    .first('members', 'kind', 'sectors', 'resources');
  expect(staged).toEqual({
    members: 120,
    kind: 'civil',
    sectors: ['health', 'orphans'],
    resources: { nursery: 2, dispensary: 1 },
  });
});

test('when a CSV is in CP1256, then it is sniffed and read as Arabic', async () => {
  const text = csv(HEADER, [['CP-1', 'جمعية الوقف', 'أهلية', 3, ...QENA_CITY]]);
  const reply = await world.as.gisQena.upload<ImportResult>({
    name: 'cp1256.csv',
    data: await reencode(files, text, 'CP1256'),
  });
  expect(reply.status).toBe(201);
  expect(reply.body.detected).toMatchObject({ encoding: 'CP1256', encodingSource: 'sniffed' });
  expect(reply.body.sample[0]).toMatchObject({ NAME_AR: 'جمعية الوقف', KIND: 'أهلية' });
  expect(reply.body.counts).toMatchObject({ valid: 1 });
});

test('when a file states no CRS, then 422 asks for sourceSrs, and with it the rows are read', async () => {
  const file = await shapefileZip(files, 'no_prj', TWO_IN_QENA, {
    srs: 'EPSG:22992',
    encoding: 'UTF-8',
    cpg: true,
    prj: false,
  });
  const refused = await world.as.gisQena.upload<{ detail: string; errors: { field: string }[] }>(file);
  expect(refused.status).toBe(422);
  expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(refused.body.errors.map((e) => e.field)).toEqual(['sourceSrs']);
  expect(refused.body.detail).toMatch(/EPSG:22992/);
  const accepted = await world.as.gisQena.upload<ImportResult>(file, { sourceSrs: 'EPSG:22992' });
  expect(accepted.status).toBe(201);
  expect(accepted.body.detected.srs).toBe('EPSG:22992');
  expect(await metresFromQenaTestPoint(accepted.body.id, 'FMT-1')).toBeLessThan(1);
});

test('when a CSV holds projected x/y, then it is refused without sourceSrs rather than guessed', async () => {
  const text = csv(['REG_NO', 'NAME_AR', 'KIND', 'x', 'y'], [['XY-1', 'جمعية', 'civil', 471687.46, 2893899.02]]);
  const file = { name: 'utm.csv', data: Buffer.from(text) };
  expect((await world.as.gisQena.upload(file)).status).toBe(422);
  const reply = await world.as.gisQena.upload<ImportResult>(file, { sourceSrs: 'EPSG:32636' });
  expect(reply.status).toBe(201);
  expect(await metresFromQenaTestPoint(reply.body.id, 'XY-1')).toBeLessThan(1);
});

test('when the real Iraqi shapefile comes in, then its Arabic is intact and every row is outside Egypt', async () => {
  // UTF-8 with no .cpg and language driver (LDID) 0: the encoding has to be sniffed.
  const reply = await world.as.admin.upload<ImportResult>(await iraqShapefileZip(), {
    mapping: JSON.stringify({ registrationNo: 'ADM1_PCODE', nameAr: 'ADM1_AR' }),
  });
  expect(reply.status).toBe(201);
  expect(reply.body.detected).toMatchObject({
    format: 'shapefile',
    encoding: 'UTF-8',
    encodingSource: 'sniffed',
    srs: 'EPSG:4326',
    geometryType: 'Polygon',
  });
  expect(reply.body.counts).toEqual({ total: 18, valid: 0, invalid: 18, new: 0, updated: 0, unchanged: 0 });
  expect(reply.body.sample.map((row) => row.ADM1_AR)).toContain('بغداد');
  expect(reply.body.sample.every((row) => row.ADM0_AR === 'العراق')).toBe(true);
  expect(new Set(reply.body.errors.map((e) => e.field))).toEqual(new Set(['kind', 'location']));
});

test('when Luxor points come to the GIS unit of Qena, then those rows are outside its governorates', async () => {
  const text = csv(HEADER, [['LX-1', 'جمعية الأقصر', 'civil', 9, ...LUXOR]]);
  const reply = await world.as.gisQena.upload<ImportResult>({ name: 'luxor.csv', data: Buffer.from(text) });
  expect(reply.body.errors).toEqual([
    {
      row: 1,
      sheetRow: null,
      field: 'location',
      code: 'outside_your_governorates',
      governorate: 'EG-LX',
      scope: ['EG-KN'],
      message: 'is in EG-LX, outside your governorates (EG-KN)',
    },
  ]);
});
