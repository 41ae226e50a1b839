// A real client: GDAL's OAPIF driver (what QGIS uses too) lists and reads every collection of /ogc, Arabic intact.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app';

const run = promisify(execFile);
const gdal = async (tool: string, args: string[]) =>
  (await run(tool, args, { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })).stdout;

interface GeoJson {
  features: { id?: string | number; properties: Record<string, unknown> }[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const TABLES: Record<string, string> = {
  associations: 'associations WHERE deleted_at IS NULL',
  governorates: 'governorates',
  districts: 'districts',
  villages: 'villages',
  'social-units': 'social_units',
};

async function countOf(table: string): Promise<number> {
  const result = await app.db.raw<{ rows: { n: number }[] }>(`SELECT count(*)::int AS n FROM ${table}`);
  return result.rows[0]?.n ?? -1;
}

test('when ogrinfo opens /ogc, then it lists every collection with the count the database holds', async () => {
  const summary = await gdal('ogrinfo', ['-so', '-al', `OAPIF:${app.baseUrl}/ogc`]);
  const layers = [...summary.matchAll(/^Layer name: (\S+)$/gm)].map((match) => match[1]);
  expect(layers).toEqual(Object.keys(TABLES));
  for (const [layer, table] of Object.entries(TABLES)) {
    const section = summary.split(`Layer name: ${layer}\n`)[1] ?? '';
    expect([layer, Number(/^Feature Count: (\d+)$/m.exec(section)?.[1])]).toEqual([layer, await countOf(table)]);
  }
  expect(summary).toContain('TITLE=الجمعيات الأهلية');
  expect(summary).toMatch(/nameAr: String/);
});

test('when ogr2ogr pages through associations 10 at a time (GDAL default), then each has its Arabic name', async () => {
  const text = await gdal('ogr2ogr', [
    '-preserve_fid',
    '-f',
    'GeoJSON',
    '/vsistdout/',
    `OAPIF:${app.baseUrl}/ogc`,
    'associations',
  ]);
  const copied = JSON.parse(text) as GeoJson;
  const rows: { id: number; name_ar: string }[] = await app
    .db('associations')
    .whereNull('deleted_at')
    .orderBy('id')
    .select('id', 'name_ar');
  expect(copied.features.map((f) => f.id).sort((a, b) => Number(a) - Number(b))).toEqual(rows.map((r) => r.id));
  const byId = new Map(copied.features.map((f) => [f.id, f.properties.nameAr]));
  for (const row of rows.slice(0, 100)) expect(byId.get(row.id)).toBe(row.name_ar);
});

test.each(['governorates', 'districts', 'villages', 'social-units'])(
  'when ogr2ogr copies %s, then the count and the Arabic names survive',
  async (layer) => {
    const text = await gdal('ogr2ogr', [
      '-f',
      'GeoJSON',
      '/vsistdout/',
      `OAPIF:${app.baseUrl}/ogc`,
      layer,
      '-oo',
      'PAGE_SIZE=1000',
    ]);
    const copied = JSON.parse(text) as GeoJson;
    expect(copied.features).toHaveLength(await countOf(TABLES[layer] ?? ''));
    const arabic = copied.features.filter((f) => /[\u0600-\u06FF]/.test(String(f.properties.nameAr)));
    expect(arabic.length).toBeGreaterThan(copied.features.length / 2);
  },
);

test('when a GDAL connection carries filters (OAPIF:…/associations?…), then it gets what the list gets', async () => {
  const url = `OAPIF:${app.baseUrl}/ogc/collections/associations?district=EG.QN.QS&kind=civil`;
  const text = await gdal('ogr2ogr', ['-preserve_fid', '-f', 'GeoJSON', '/vsistdout/', url]);
  const api = (await fetch(`${app.baseUrl}/api/associations?district=EG.QN.QS&kind=civil&limit=10000`).then((r) =>
    r.json(),
  )) as GeoJson;
  expect((JSON.parse(text) as GeoJson).features.map((f) => f.id)).toEqual(api.features.map((f) => f.id));
});
