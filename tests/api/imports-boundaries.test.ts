// Boundaries by import: districts upserted by code, associations and villages placed again (or the change refused
// when one would fall outside every district), undo, bad rows, the GIS user's scope, governorates and villages.
import type { ImportResult } from '../../contracts/imports';
import { iraqShapefileZip } from '../support/fixtures/gdal-fixtures';
import { QUS, startImportWorld, type ImportWorld } from '../support/fixtures/import-world';

let world: ImportWorld;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_boundaries');
});
afterAll(async () => {
  await world.stop();
});

interface DistrictFeature {
  code: string;
  governorate?: string;
  nameAr?: string;
  nameEn?: string;
  /** SQL over the district's own geometry `geom`, e.g. "geom" or "ST_Buffer(geom, -0.1)". */
  geometrySql?: string;
  from?: string;
}

/** A GeoJSON file of districts whose geometry PostGIS derives from existing ones. */
async function districtFile(features: DistrictFeature[]) {
  const parts = [];
  for (const feature of features) {
    const result = await world.db.raw<{ rows: { geometry: unknown }[] }>(
      `SELECT ST_AsGeoJSON(${feature.geometrySql ?? 'geom'})::json AS geometry FROM districts WHERE code = ?`,
      [feature.from ?? feature.code],
    );
    const [row] = result.rows;
    if (!row) throw new Error(`no district ${feature.from ?? feature.code} to take a geometry from`);
    const { code, governorate, nameAr, nameEn } = feature;
    parts.push({ type: 'Feature', properties: { code, governorate, nameAr, nameEn }, geometry: row.geometry });
  }
  return {
    name: 'districts.geojson',
    data: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: parts })),
  };
}

const inDistrict = async (code: string) =>
  Number(
    (await world.db('associations').where({ district_code: code }).whereNull('deleted_at').count('* as n').first())?.n,
  );

test('when a district is renamed by file, then it is updated by code, audited, and undo restores it', async () => {
  const before = await world
    .db('districts')
    .where({ code: 'EG.QN.QS' })
    .first<{ name_ar: string; name_en: string }>('name_ar', 'name_en');
  const dryRun = await world.as.gisQena.upload<ImportResult>(
    await districtFile([{ code: 'EG.QN.QS', nameAr: 'قوص', nameEn: 'Qus (surveyed 2026)' }]),
    { target: 'districts' },
  );
  expect(dryRun.status).toBe(201);
  expect(dryRun.body).toMatchObject({
    target: 'districts',
    counts: { total: 1, valid: 1, new: 0, updated: 1 },
    mapping: { code: 'code', nameAr: 'nameAr', nameEn: 'nameEn' },
  });
  const committed = await world.as.gisQena.json<ImportResult>('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  expect(committed.status).toBe(200);
  expect(await world.db('districts').where({ code: 'EG.QN.QS' }).first('name_en')).toEqual({
    name_en: 'Qus (surveyed 2026)',
  });
  const audit = await world
    .db('audit_log')
    .where({ import_id: dryRun.body.id, entity: 'district' })
    .first<{ before: unknown; after: unknown }>('before', 'after');
  expect(audit.before).toMatchObject({ code: 'EG.QN.QS', name_en: before.name_en });
  expect(audit.after).toMatchObject({ code: 'EG.QN.QS', name_en: 'Qus (surveyed 2026)' });

  expect((await world.as.gisQena.json('POST', `/api/imports/${dryRun.body.id}/undo`)).status).toBe(200);
  expect(await world.db('districts').where({ code: 'EG.QN.QS' }).first('name_ar', 'name_en')).toEqual(before);
});

test('when a new district covers Qus, then its associations move into it, and undo moves them back', async () => {
  const inQus = await inDistrict('EG.QN.QS');
  expect(inQus).toBeGreaterThan(0);
  const file = await districtFile([
    { code: 'EG.QN.AA', governorate: 'EG-KN', nameAr: 'مركز تجريبي', nameEn: 'Test markaz', from: 'EG.QN.QS' },
  ]);
  const dryRun = await world.as.admin.upload<ImportResult>(file, { target: 'districts' });
  expect(dryRun.body.counts).toMatchObject({ valid: 1, new: 1 });
  await world.as.admin.json('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  // locate_in_district takes the first district by code, and EG.QN.AA sorts first.
  expect(await inDistrict('EG.QN.AA')).toBe(inQus);
  expect(await inDistrict('EG.QN.QS')).toBe(0);
  const moves = await world
    .db('audit_log')
    .where({ import_id: dryRun.body.id, entity: 'association' })
    .count('* as n')
    .first();
  expect(Number(moves?.n)).toBe(inQus);

  const undone = await world.as.admin.json('POST', `/api/imports/${dryRun.body.id}/undo`);
  expect(undone.status).toBe(200);
  expect(await inDistrict('EG.QN.QS')).toBe(inQus);
  expect(await world.db('districts').where({ code: 'EG.QN.AA' }).first()).toBeUndefined();
});

test('when a district leaves its associations outside, then the commit is refused naming them; no change', async () => {
  const shapeOfQus = async () => {
    const result = await world.db.raw<{ rows: { wkt: string }[] }>(
      `SELECT ST_AsText(geom) AS wkt FROM districts WHERE code = 'EG.QN.QS'`,
    );
    return result.rows;
  };
  const shape = await shapeOfQus();
  const file = await districtFile([
    {
      code: 'EG.QN.QS',
      geometrySql: `ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(${QUS[0] + 0.1}, ${QUS[1]}), 4326), 0.001))`,
    },
  ]);
  const dryRun = await world.as.admin.upload<ImportResult>(file, { target: 'districts' });
  expect(dryRun.body.counts).toMatchObject({ valid: 1, updated: 1 });
  const refused = await world.as.admin.json<{ detail: string; associations: unknown[] }>(
    'POST',
    `/api/imports/${dryRun.body.id}/commit`,
    {},
  );
  expect(refused.status).toBe(409);
  expect(refused.body.detail).toMatch(/outside every district/);
  expect(refused.body.associations.length).toBeGreaterThan(0);
  expect(await shapeOfQus()).toEqual(shape);
});

test('when district rows are bad, then each is reported', async () => {
  const file = await districtFile([
    { code: 'QUS', nameAr: 'قوص', nameEn: 'Qus', from: 'EG.QN.QS' },
    { code: 'EG.QN.BB', governorate: 'EG-XX', nameAr: 'مركز', nameEn: 'Markaz', from: 'EG.QN.QS' },
    {
      code: 'EG.QN.CC',
      governorate: 'EG-KN',
      nameEn: 'No Arabic name',
      geometrySql: `ST_GeomFromText('POLYGON((32 26, 33 27, 33 26, 32 27, 32 26))', 4326)`,
      from: 'EG.QN.QS',
    },
    {
      code: 'EG.QN.DD',
      governorate: 'EG-KN',
      nameAr: 'نقطة',
      nameEn: 'Point',
      geometrySql: 'ST_PointOnSurface(geom)',
      from: 'EG.QN.QS',
    },
  ]);
  const reply = await world.as.admin.upload<ImportResult>(file, { target: 'districts' });
  expect(reply.body.counts).toMatchObject({ total: 4, valid: 0, invalid: 4 });
  expect(reply.body.errors.map(({ row, field }) => [row, field])).toEqual([
    [1, 'code'],
    [1, 'governorate'],
    [2, 'governorate'],
    [3, 'geometry'],
    [3, 'nameAr'],
    [4, 'geometry'],
  ]);
  expect(reply.body.errors.find((e) => e.row === 3 && e.field === 'geometry')?.message).toMatch(
    /not a valid polygon: Self-intersection/,
  );
});

test('when the GIS unit of Luxor sends Qena districts, then those rows are outside its governorates', async () => {
  const reply = await world.as.gisLuxor.upload<ImportResult>(
    await districtFile([{ code: 'EG.QN.QS', nameEn: 'Qus' }]),
    { target: 'districts' },
  );
  expect(reply.body.errors).toEqual([
    {
      row: 1,
      sheetRow: null,
      field: 'governorate',
      code: 'outside_your_governorates',
      governorate: 'EG-KN',
      scope: ['EG-LX'],
      message: 'EG-KN is outside your governorates (EG-LX)',
    },
  ]);
});

test('when the Iraqi governorates come in as governorates, then the Arabic is intact, every code refused', async () => {
  const mapping = { code: 'ADM1_PCODE', nameAr: 'ADM1_AR', nameEn: 'ADM1_EN' };
  const reply = await world.as.admin.upload<ImportResult>(await iraqShapefileZip(), {
    target: 'governorates',
    mapping: JSON.stringify(mapping),
  });
  expect(reply.status).toBe(201);
  expect(reply.body.counts).toMatchObject({ total: 18, valid: 0, invalid: 18 });
  expect(reply.body.errors.find((e) => e.row === 1)?.message).toMatch(/is not an ISO 3166-2 code such as EG-KN/);
  expect(reply.body.sample.map((row) => row.ADM1_AR)).toContain('البصرة');
});

test('when a village is imported, then its district is derived from its point', async () => {
  const text = `osm_id,name_ar,name_en,lon,lat\n990000001,قرية تجريبية,Test village,${QUS.join(',')}\n`;
  const dryRun = await world.as.gisQena.upload<ImportResult>(
    { name: 'villages.csv', data: Buffer.from(text) },
    { target: 'villages' },
  );
  expect(dryRun.body).toMatchObject({
    counts: { valid: 1, new: 1 },
    mapping: { osmId: 'osm_id', nameAr: 'name_ar', nameEn: 'name_en' },
  });
  await world.as.gisQena.json('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  expect(
    await world.db('villages').where({ osm_id: 990000001 }).first('name_ar', 'district_code', 'place_type'),
  ).toEqual({
    name_ar: 'قرية تجريبية',
    district_code: 'EG.QN.QS',
    place_type: 'village',
  });
});
