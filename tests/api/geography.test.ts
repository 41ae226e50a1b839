// The map's geography on a real PostGIS: districts tile every governorate (union = governorate, no overlaps), every
// village lies in a district, the official polygon is kept, and the basemap tiles carry water, railway and places.
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { tileOf } from '../support/tile-math';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function basemapTile(lon: number, lat: number, z: number) {
  const { x, y } = tileOf(lon, lat, z);
  const response = await fetch(`${app.baseUrl}/tiles/basemap/${z}/${x}/${y}.mvt`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const tile = new VectorTile(new Pbf(bytes));
  const features = (name: string) => {
    const layer = tile.layers[name];
    return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
  };
  return { response, bytes, features };
}

test('when districts are unioned, then each of the 27 governorates is covered within 0.1 % of its area', async () => {
  const { rows } = await app.db.raw<{ rows: { code: string; ratio: number }[] }>(
    `SELECT g.code,
            (ST_Area(ST_SymDifference(g.geom, ST_Union(d.geom))::geography)
              / ST_Area(g.geom::geography))::float8 AS ratio
     FROM governorates g JOIN districts d ON d.governorate_code = g.code
     GROUP BY g.code, g.geom ORDER BY g.code`,
  );
  expect(rows).toHaveLength(27);
  for (const row of rows)
    expect({ code: row.code, within: row.ratio < 0.001 }).toEqual({ code: row.code, within: true });
});

test('when any two districts are compared, then none overlaps another by more than 1 m²', async () => {
  const { rows } = await app.db.raw<{ rows: { a: string; b: string; m2: number }[] }>(
    `SELECT a.code AS a, b.code AS b, ST_Area(ST_Intersection(a.geom, b.geom)::geography)::float8 AS m2
     FROM districts a JOIN districts b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)
     WHERE ST_Area(ST_Intersection(a.geom, b.geom)::geography) > 1`,
  );
  expect(rows).toEqual([]);
});

test('when listing villages, then every one of Qena, Luxor and Sohag has a district of its governorate', async () => {
  const reply = await getJson<{ features: { properties: { district: string | null; governorate: string } }[] }>(
    app.baseUrl,
    '/api/villages?governorate=EG-KN,EG-LX,EG-SHG',
  );
  expect(reply.status).toBe(200);
  expect(reply.body.features.length).toBeGreaterThan(450);
  const withoutDistrict = reply.body.features.filter((f) => !f.properties.district);
  expect(withoutDistrict).toEqual([]);
  const { rows } = await app.db.raw<{ rows: { n: number }[] }>(
    `SELECT count(*)::int AS n FROM villages v JOIN districts d ON d.code = v.district_code
     WHERE d.governorate_code IS DISTINCT FROM v.governorate_code`,
  );
  expect(rows[0]?.n).toBe(0);
});

test("when a point lies in Qena's desert, then it is in Qena markaz, outside its official polygon", async () => {
  const { rows } = await app.db.raw<{ rows: { code: string; official: boolean | null }[] }>(
    `SELECT code, ST_Covers(official_geom, p.geom) AS official
     FROM districts, (SELECT ST_SetSRID(ST_MakePoint(32.719653, 26.141134), 4326) AS geom) p
     WHERE ST_Covers(districts.geom, p.geom)`,
  );
  expect(rows).toEqual([{ code: 'EG.QN.QM', official: false }]);
});

test('when the basemap tile at Qena is read, then it has land, the Nile, the railway and places', async () => {
  const z10 = await basemapTile(32.72, 26.16, 10);
  expect(z10.response.status).toBe(200);
  expect(z10.response.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
  expect(z10.features('land').length).toBeGreaterThan(0);
  expect(z10.features('water').some((f) => f.properties.kind === 'river')).toBe(true);
  expect(z10.features('railway').length).toBeGreaterThan(0);
  expect(z10.features('place').map((f) => f.properties.nameAr)).toContain('قنا');
  expect(z10.bytes.length).toBeLessThan(200 * 1024);
  const z7 = await basemapTile(32.72, 26.16, 7);
  expect(z7.features('waterway').map((f) => f.properties.nameEn)).toContain('Nile');
  expect(z7.features('place')).toEqual([]);
});

test('when a basemap tile is asked with a bad coordinate, then it is a 400 problem, not a 5xx', async () => {
  const response = await fetch(`${app.baseUrl}/tiles/basemap/5/99/1.mvt`);
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
});

test('when an association lies outside its official district, then its profile says nearest markaz', async () => {
  const { rows } = await app.db.raw<{ rows: { id: number; nearest: boolean }[] }>(
    `SELECT DISTINCT ON (nearest) a.id,
            (d.official_geom IS NOT NULL AND NOT ST_Covers(d.official_geom, a.geom)) AS nearest
     FROM associations a JOIN districts d ON d.code = a.district_code
     WHERE a.deleted_at IS NULL ORDER BY nearest, a.id`,
  );
  expect(rows.map((row) => row.nearest)).toEqual([false, true]);
  for (const { id, nearest } of rows) {
    const profile = await getJson<{ districtLimits: string }>(app.baseUrl, `/api/associations/${id}`);
    expect(profile.body.districtLimits).toBe(nearest ? 'nearestMarkaz' : 'official');
  }
});
