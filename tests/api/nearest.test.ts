// GET /api/nearest, the public's service finder, on the demo registry: the answer is the ground's own order (checked
// against ST_Distance computed independently), holds only associations offering the service, and never a contact.
import type { NearestReply } from '../../contracts/nearest';
import { NEAREST_OFFERING } from '../../server/src/features/nearest/nearest.sql';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const nearest = (query: string) => getJson<NearestReply>(app.baseUrl, `/api/nearest?${query}`);

// Qus town, Qena city, Luxor and Sohag (OpenStreetMap), and a point in the Eastern Desert with nobody near.
const QUS: [number, number] = [32.76297, 25.91567];
const QENA: [number, number] = [32.7167, 26.1642];
const LUXOR: [number, number] = [32.6396, 25.6872];
const SOHAG: [number, number] = [31.6948, 26.5591];
const DESERT: [number, number] = [33.9, 25.2];

type Service = { kind: 'sector' | 'resource'; code: string };
const SERVICES: Service[] = [
  { kind: 'resource', code: 'nursery' },
  { kind: 'resource', code: 'dispensary' },
  { kind: 'sector', code: 'health' },
  { kind: 'sector', code: 'disability' },
];

/** The same question answered without the finder's SQL: every active holder measured on the spheroid, sorted. */
async function groundOrder([lon, lat]: [number, number], service: Service, radiusKm: number, limit: number) {
  const holders =
    service.kind === 'sector'
      ? 'SELECT association_id FROM association_sectors WHERE sector_code = :code'
      : 'SELECT association_id FROM association_resources WHERE resource_code = :code AND quantity >= 1';
  const { rows } = await app.db.raw<{ rows: { id: number; meters: number }[] }>(
    `
    SELECT id, meters FROM (
      SELECT a.id, ST_Distance(a.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS meters
        FROM associations a
       WHERE a.status = 'active' AND a.deleted_at IS NULL AND a.id IN (${holders})) measured
     WHERE meters <= :meters
     ORDER BY meters, id LIMIT :limit`,
    { lon, lat, code: service.code, meters: radiusKm * 1000, limit },
  );
  return rows;
}

const ORIGINS = { QUS, QENA, LUXOR, SOHAG };
const CASES = Object.entries(ORIGINS).flatMap(([place, at]) =>
  SERVICES.map((service) => [place, service.kind, service.code, at, service] as const),
);

test.each(CASES)(
  "when %s asks for the %s %s, then the order is the ground's (ST_Distance, ties by id)",
  async (_place, _kind, _code, at, service) => {
    const reply = await nearest(`lon=${at[0]}&lat=${at[1]}&${service.kind}=${service.code}&radiusKm=40&limit=12`);
    expect(reply.status).toBe(200);
    const expected = await groundOrder(at, service, 40, 12);
    expect(expected.length).toBeGreaterThan(0);
    expect(reply.body.results.map((result) => result.id)).toEqual(expected.map((row) => row.id));
    reply.body.results.forEach((result, index) =>
      expect(result.distanceKm).toBeCloseTo((expected[index]?.meters ?? NaN) / 1000, 2),
    );
  },
);

test('when one is nearer on the plane of degrees but the other on the ground, then the ground wins', async () => {
  // From Qus, A lies 0.1° east (10.0 km, a degree of longitude being short here) and B 0.095° north (10.5 km):
  // an index walk alone, in degrees, would put B first. A service of their own, in a transaction rolled back.
  const [lon, lat] = QUS;
  const rolledBack = new Error('rolled back');
  let answer: { registrationNo: string; distanceKm: number }[] = [];
  await app.db
    .transaction(async (trx) => {
      await trx('sectors').insert({ code: 'test_only', label_ar: 'اختبار', label_en: 'Test' });
      for (const [key, at] of [
        ['A', [lon + 0.1, lat]],
        ['B', [lon, lat + 0.095]],
      ] as const) {
        const [row] = (await trx('associations')
          .insert({
            registration_no: `NEAR-${key}`,
            name_ar: `جمعية ${key}`,
            kind: 'civil',
            geom: trx.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', at),
          })
          .returning('id')) as [{ id: number }];
        await trx('association_sectors').insert({ association_id: row.id, sector_code: 'test_only' });
      }
      answer = (
        await trx.raw<{ rows: typeof answer }>(NEAREST_OFFERING, {
          lon,
          lat,
          facets: ['sector:test_only'],
          resource: null,
          minQuantity: 1,
          meters: 25_000,
          degrees: 0.25,
          degreesPerMeter: 0.00001,
          limit: 1,
        })
      ).rows;
      throw rolledBack;
    })
    .catch((error: unknown) => {
      if (error !== rolledBack) throw error;
    });
  expect(answer).toEqual([expect.objectContaining({ registrationNo: 'NEAR-A', distanceKm: 10.02 })]);
});

test('when a nursery is asked for, then every association in the reply holds one and is active', async () => {
  const reply = await nearest(`lon=${QENA[0]}&lat=${QENA[1]}&resource=nursery&radiusKm=100&limit=50`);
  const ids = reply.body.results.map((result) => result.id);
  expect(ids).toHaveLength(50);
  const held = (await app
    .db('associations as a')
    .join('association_resources as r', 'r.association_id', 'a.id')
    .whereIn('a.id', ids)
    .andWhere('r.resource_code', 'nursery')
    .andWhere('r.quantity', '>=', 1)
    .andWhere('a.status', 'active')
    .pluck('a.id')) as number[];
  expect([...held].sort()).toEqual([...ids].sort());
});

test('when the finder answers the public, then no phone, email or contact person is in it', async () => {
  const reply = await nearest(`lon=${QUS[0]}&lat=${QUS[1]}&sector=health&radiusKm=100&limit=50`);
  const ids = reply.body.results.map((result) => result.id);
  const contacts = await app
    .db('associations')
    .whereIn('id', ids)
    .select('phone', 'email', 'contact_person as contactPerson');
  const values = contacts
    .flatMap((row: Record<string, string | null>) => Object.values(row))
    .filter((value): value is string => Boolean(value));
  expect(values.length).toBeGreaterThan(20);

  const text = JSON.stringify(reply.body);
  for (const value of values) expect(text).not.toContain(value);
  for (const result of reply.body.results) {
    expect(Object.keys(result).sort()).toEqual([
      'distanceKm',
      'district',
      'governorate',
      'id',
      'kind',
      'location',
      'locationPrecision',
      'nameAr',
      'nameEn',
      'registrationNo',
    ]);
  }
});

test('when nobody offers the service within the radius, then the reply is an empty list with the radius', async () => {
  const reply = await nearest(`lon=${DESERT[0]}&lat=${DESERT[1]}&resource=nursery&radiusKm=10`);
  expect(reply.status).toBe(200);
  expect(reply.body).toEqual({ radiusKm: 10, results: [] });
});

test('when the radius cuts the list short, then only those within it come, nearest first', async () => {
  const reply = await nearest(`lon=${QUS[0]}&lat=${QUS[1]}&resource=dispensary&radiusKm=8&limit=50`);
  const expected = await groundOrder(QUS, { kind: 'resource', code: 'dispensary' }, 8, 50);
  expect(expected.length).toBeLessThan(50);
  expect(reply.body.results.map((result) => result.id)).toEqual(expected.map((row) => row.id));
  expect(reply.body.results.every((result) => result.distanceKm <= 8)).toBe(true);
});

test('when the point is typed in Arabic-Indic digits, then the answer is the same as in Latin digits', async () => {
  const latin = await nearest('lon=32.7167&lat=26.1642&resource=nursery');
  const arabic = await nearest(
    `lon=${encodeURIComponent('٣٢٫٧١٦٧')}&lat=${encodeURIComponent('٢٦٫١٦٤٢')}&resource=nursery`,
  );
  expect(arabic.status).toBe(200);
  expect(arabic.body).toEqual(latin.body);
});

test('when the point is missing or abroad or the service malformed, then 400 invalid_parameter naming it', async () => {
  const missing = await nearest('lat=26.1&resource=nursery');
  expect(missing.status).toBe(400);
  expect(missing.body).toMatchObject({
    code: 'invalid_parameter',
    errors: [expect.objectContaining({ field: 'lon' })],
  });
  const abroad = await nearest('lon=2.35&lat=48.85&resource=nursery');
  expect(abroad.status).toBe(400);
  const badCode = await nearest('lon=32.7&lat=26.1&resource=Nursery!');
  expect(badCode.status).toBe(400);
  expect(badCode.body).toMatchObject({ errors: [expect.objectContaining({ field: 'resource' })] });
});

test('when the finder looks, then the partner GiST index walks out, facets inside; no table read whole', async () => {
  const { rows } = await app.db.transaction(async (trx) => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    return trx.raw<{ rows: { 'QUERY PLAN': string }[] }>(`EXPLAIN ${NEAREST_OFFERING}`, {
      lon: QUS[0],
      lat: QUS[1],
      facets: ['resource:nursery'],
      resource: 'nursery',
      minQuantity: 1,
      meters: 25_000,
      degrees: 0.25,
      degreesPerMeter: 0.00001,
      limit: 10,
    });
  });
  const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
  expect(plan).toMatch(
    new RegExp(
      String.raw`Index Scan using associations_partner_gist[^\n]*\n\s*Index Cond: \(\(geom && [^\n]*partner_keys` +
        String.raw`[^\n]*\n\s*Order By: \(geom <-> `,
    ),
  );
  // The second look is bounded by the reach found in the first, computed once (an InitPlan), not per row.
  expect(plan).toMatch(/Index Cond: \(\(geom && st_expand\([^\n]*\$\d/);
  expect(plan).not.toMatch(/Seq Scan on (associations|association_resources)/);
});
