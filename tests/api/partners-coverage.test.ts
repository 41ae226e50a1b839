// The partner finder and coverage on hand-made associations around Qus, where the right answers are known.
import type { PartnersReply } from '../../contracts/partners';
import { RANKED_PARTNERS } from '../../server/src/features/partners/partners.sql';
import { loadBoundaries } from '../../seeds/boundaries';
import { getJson } from '../support/http';
import { createMigratedDatabase } from '../support/scratch-database';
import { startTestApp, type TestApp } from '../support/test-app';

// Real village points of markaz Qus (OpenStreetMap), and Qena city ~28 km north.
const QUS: [number, number] = [32.76297, 25.91567];
const APOLLINOPOLIS_PARVA: [number, number] = [32.75, 25.91667];
const ABBASA: [number, number] = [32.78333, 25.9];
const AL_HALLA: [number, number] = [32.73954, 25.90666];
const AL_HUMR: [number, number] = [32.76667, 25.93333];
const AL_MAARRI: [number, number] = [32.78125, 25.87992];
const QENA_CITY: [number, number] = [32.7167, 26.1642];

let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
let app: TestApp;
const ids: Record<string, number> = {};

interface Hand {
  key: string;
  at: [number, number];
  members: number;
  status?: string;
  sectors: string[];
  resources: Record<string, number>;
  programme?: 'active' | 'completed';
}

const HANDS: Hand[] = [
  { key: 'seeker', at: QUS, members: 40, sectors: ['health'], resources: { hall: 1 } },
  {
    key: 'A',
    at: APOLLINOPOLIS_PARVA,
    members: 500,
    sectors: ['health'],
    resources: { nursery: 2, vehicle: 1 },
    programme: 'active',
  },
  { key: 'B', at: ABBASA, members: 20, sectors: ['health'], resources: { nursery: 1 } },
  { key: 'C', at: AL_HALLA, members: 300, sectors: ['health'], resources: { computer: 4 } },
  { key: 'D', at: QENA_CITY, members: 900, sectors: ['health'], resources: { nursery: 3 } },
  { key: 'E', at: AL_HUMR, members: 100, status: 'suspended', sectors: ['health'], resources: { nursery: 1 } },
  { key: 'F', at: AL_MAARRI, members: 60, sectors: ['women'], resources: { nursery: 1 }, programme: 'completed' },
];

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_partners');
  await loadBoundaries(scratch.db);
  for (const hand of HANDS) {
    const [row] = (await scratch
      .db('associations')
      .insert({
        registration_no: `HAND-${hand.key}`,
        name_ar: `جمعية ${hand.key}`,
        kind: 'civil',
        status: hand.status ?? 'active',
        members: hand.members,
        geom: scratch.db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', hand.at),
      })
      .returning('id')) as [{ id: number }];
    ids[hand.key] = row.id;
    await scratch
      .db('association_sectors')
      .insert(hand.sectors.map((code) => ({ association_id: row.id, sector_code: code })));
    await scratch.db('association_resources').insert(
      Object.entries(hand.resources).map(([code, quantity]) => ({
        association_id: row.id,
        resource_code: code,
        quantity,
      })),
    );
    if (hand.programme) {
      await scratch
        .db('intl_programmes')
        .insert({ association_id: row.id, partner: 'UNICEF', name: 'برنامج', status: hand.programme });
    }
  }
  app = await startTestApp(scratch.url);
});
afterAll(async () => {
  await app.stop();
  await scratch.drop();
});

const partners = (query: string) => getJson<PartnersReply>(app.baseUrl, `/api/partners?${query}`);
const keyOf = (id: number) => Object.entries(ids).find(([, value]) => value === id)?.[0];

test('when a Qus association needs a nursery within 20 km, then active holders in reach come, best first', async () => {
  const reply = await partners(`association=${ids.seeker}&resource=nursery&radiusKm=20`);
  expect(reply.status).toBe(200);
  expect(reply.body.results.map((r) => keyOf(r.association.id))).toEqual(['A', 'B', 'F']);
  const [a, b] = reply.body.results;
  expect(a?.distanceKm).toBeCloseTo(haversineKm(QUS, APOLLINOPOLIS_PARVA), 1);
  expect(b?.distanceKm).toBeCloseTo(haversineKm(QUS, ABBASA), 1);
  expect(a?.reasons.map((r) => r.code)).toEqual(
    expect.arrayContaining(['distance', 'has_resource', 'sector', 'capacity', 'intl_coop']),
  );
  expect(a?.reasons.find((r) => r.code === 'has_resource')).toMatchObject({
    ar: 'لديها حضانة (٢)',
    en: 'has Nursery (2)',
  });
  expect(a?.reasons.find((r) => r.code === 'distance')).toMatchObject({ ar: '١٫٣ كم', en: '1.3 km' });
  expect(a?.score).toBeCloseTo(a?.reasons.reduce((sum, r) => sum + r.points, 0) ?? 0, 5);
  // F has only a completed programme: no cooperation points, and no sector in common.
  expect(reply.body.results[2]?.reasons.map((r) => r.code)).not.toContain('intl_coop');
});

test('when the need also asks for international cooperation and 100 members, then only A remains', async () => {
  const reply = await partners(`association=${ids.seeker}&resource=nursery&intlCoop=true&minMembers=100&radiusKm=20`);
  expect(reply.body.results.map((r) => keyOf(r.association.id))).toEqual(['A']);
});

test('when two nurseries are needed, then only holders of two or more come (A: 2; D: 3, once in reach)', async () => {
  const near = await partners(`association=${ids.seeker}&resource=nursery:2&radiusKm=20`);
  expect(near.body.results.map((r) => keyOf(r.association.id))).toEqual(['A']);
  const wide = await partners(`association=${ids.seeker}&resource=nursery:2&radiusKm=40`);
  expect(wide.body.results.map((r) => keyOf(r.association.id))).toEqual(['A', 'D']);
});

test('when candidates are looked up, then the partner GiST index walks to them; no table is read whole', async () => {
  const { rows } = await scratch.db.transaction(async (trx) => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    return trx.raw<{ rows: { 'QUERY PLAN': string }[] }>(`EXPLAIN ${RANKED_PARTNERS}`, {
      lon: QUS[0],
      lat: QUS[1],
      degrees: 0.2,
      meters: 20000,
      radiusKm: 20,
      seekerId: ids.seeker ?? null,
      facets: ['resource:nursery'],
      sector: null,
      resource: 'nursery',
      minQuantity: 2,
      minMembers: 100,
      intlCoop: true,
      candidates: 300,
      limit: 10,
      fullCapacityMembers: 1000,
      wDistance: 30,
      wResources: 25,
      wSector: 20,
      wCapacity: 15,
      wIntlCoop: 5,
      wLinked: 5,
    });
  });
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  // Facets, cooperation and members are checked inside the index as it walks outwards from the seeker.
  expect(plan).toMatch(
    new RegExp(
      String.raw`Index Scan using associations_(cooperating_)?partner_gist[^\n]*\n` +
        String.raw`\s*Index Cond: [^\n]*partner_keys[^\n]*members >= `,
    ),
  );
  expect(plan).toMatch(/Order By: \(geom <-> /);
  expect(plan).not.toMatch(/Seq Scan on (associations|association_resources)/);
  expect(plan).not.toMatch(/::geography[^\n]*Index Cond|Index Cond[^\n]*::geography/);
});

test('when the radius reaches Qena city, then D joins; from a clicked point, the seeker can be suggested', async () => {
  const wide = await partners(`association=${ids.seeker}&resource=nursery&radiusKm=40`);
  expect(wide.body.results.map((r) => keyOf(r.association.id))).toContain('D');
  const fromPoint = await partners(`lon=${QUS[0]}&lat=${QUS[1]}&sector=health&radiusKm=5`);
  expect(fromPoint.body.seeker).toMatchObject({ kind: 'point', id: null });
  expect(fromPoint.body.results.map((r) => keyOf(r.association.id)).sort()).toEqual(['A', 'B', 'C', 'seeker']);
});

test('when no need is given, then lacks met, shared sectors, capacity, cooperation and links earn points', async () => {
  const [link] = (await scratch
    .db('association_links')
    .insert({ from_association_id: ids.seeker, to_association_id: ids.C, kind: 'partnership' })
    .returning('id')) as [{ id: number }];
  try {
    const reply = await partners(`association=${ids.seeker}&radiusKm=20`);
    const byKey = new Map(reply.body.results.map((r) => [keyOf(r.association.id), r]));
    const points = (key: string) => Object.fromEntries(byKey.get(key)?.reasons.map((r) => [r.code, r.points]) ?? []);
    const distancePoints = (key: string) => Math.round(30 * (1 - (byKey.get(key)?.distanceKm ?? 0) / 20) * 10) / 10;
    // The seeker holds a hall and works in health; capacity is 15 × log(members + 1) / log(1001).
    expect(points('A')).toEqual({
      distance: distancePoints('A'),
      complements: 16.7,
      sector: 20,
      capacity: 13.5,
      intl_coop: 5,
    });
    expect(points('C')).toEqual({
      distance: distancePoints('C'),
      complements: 8.3,
      sector: 20,
      capacity: 12.4,
      linked: 5,
    });
    expect(points('F')).toEqual({ distance: distancePoints('F'), complements: 8.3, capacity: 8.9 });
    const reasonsOfA = byKey.get('A')?.reasons ?? [];
    expect(reasonsOfA.find((r) => r.code === 'complements')).toMatchObject({
      en: 'has what you lack: Nursery, Vehicle',
    });
    expect(reasonsOfA.find((r) => r.code === 'intl_coop')?.en).toBe('works under international cooperation (UNICEF)');
    expect(byKey.get('C')?.reasons.find((r) => r.code === 'linked')).toMatchObject({ ar: 'مرتبطة بكم بالفعل (شراكة)' });
    const scores = reply.body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const result of reply.body.results) {
      expect(result.score).toBeCloseTo(
        result.reasons.reduce((sum, r) => sum + r.points, 0),
        5,
      );
    }
  } finally {
    await scratch.db('association_links').where({ id: link.id }).delete();
  }
});

test('when the need is typed in Arabic-Indic digits, then the partners are those of the Latin-digit need', async () => {
  const typed = await partners(`association=${ids.seeker}&resource=nursery:٢&minMembers=١٠٠&radiusKm=٣٩٫٥`);
  const latin = await partners(`association=${ids.seeker}&resource=nursery:2&minMembers=100&radiusKm=39.5`);
  expect(typed.status).toBe(200);
  expect(typed.body.results.map((r) => keyOf(r.association.id))).toEqual(['A', 'D']);
  expect(typed.body).toEqual(latin.body);

  const arabic = (value: number) =>
    String(value)
      .replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))
      .replace('.', '٫');
  const point = await partners(`lon=${arabic(QUS[0])}&lat=${arabic(QUS[1])}&resource=nursery&radiusKm=${arabic(20)}`);
  expect(point.status).toBe(200);
  expect(point.body.seeker.location.coordinates).toEqual(QUS);
});

test.each([
  ['lon=32.7&lat=26&association=1', 'association'],
  ['lon=32.7', 'lat'],
  ['', 'association'],
  ['association=1&radiusKm=0', 'radiusKm'],
  ['association=1&radiusKm=5000', 'radiusKm'],
  ['lon=2.35&lat=48.85', 'lon'],
  ['association=1&resource=nursery:x', 'resource'],
])('when /api/partners?%s, then 400 naming %s', async (query, field) => {
  const reply = await getJson<{ errors: { field: string }[] }>(app.baseUrl, `/api/partners?${query}`);
  expect(reply.status).toBe(400);
  expect(reply.body.errors.map((e) => e.field)).toContain(field);
});

test('when the seeker does not exist, then 404', async () => {
  expect((await partners('association=99999999')).status).toBe(404);
});

/** Great-circle distance in km, written independently of PostGIS. */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

test('coverage: gaps (no active nursery in 5 km) match a hand count; every holder counts, as in the list', async () => {
  const reply = await getJson<{
    gaps: { villages: { id: number }[] };
    districts: { code: string; associations: number }[];
  }>(app.baseUrl, '/api/coverage?governorate=EG-KN&resource=nursery&radiusKm=5');
  expect(reply.status).toBe(200);
  const villages = await scratch
    .db('villages')
    .where({ governorate_code: 'EG-KN' })
    .select<{ id: number; lon: number; lat: number }[]>(
      'id',
      scratch.db.raw('ST_X(geom) AS lon'),
      scratch.db.raw('ST_Y(geom) AS lat'),
    );
  const nurseries = HANDS.filter((h) => (h.status ?? 'active') === 'active' && (h.resources.nursery ?? 0) > 0).map(
    (h) => h.at,
  );
  const uncovered = villages
    .filter((v) => nurseries.every((at) => haversineKm([v.lon, v.lat], at) > 5))
    .map((v) => v.id)
    .sort((x, y) => x - y);
  expect(reply.body.gaps.villages.map((v) => v.id).sort((x, y) => x - y)).toEqual(uncovered);
  expect(uncovered.length).toBeGreaterThan(0);
  expect(uncovered.length).toBeLessThan(villages.length);

  // The figures follow the filters (resource=nursery, every status): the suspended E is counted, not only A, B and F.
  const qus = reply.body.districts.find((d) => d.code === 'EG.QN.QS');
  const holdersInQus = HANDS.filter((h) => (h.resources.nursery ?? 0) > 0 && h.at !== QENA_CITY).map((h) => h.key);
  expect(holdersInQus).toEqual(['A', 'B', 'E', 'F']);
  expect(qus?.associations).toBe(holdersInQus.length);
  const listed = await getJson<{ numberMatched: number }>(
    app.baseUrl,
    '/api/associations?district=EG.QN.QS&resource=nursery&limit=1',
  );
  expect(listed.body.numberMatched).toBe(holdersInQus.length);
});

test('coverage with status=active counts active holders only; its gaps stay, being always of active ones', async () => {
  const all = await getJson<{ gaps: unknown; districts: { code: string; associations: number }[] }>(
    app.baseUrl,
    '/api/coverage?governorate=EG-KN&resource=nursery',
  );
  const active = await getJson<{ gaps: unknown; districts: { code: string; associations: number }[] }>(
    app.baseUrl,
    '/api/coverage?governorate=EG-KN&resource=nursery&status=active',
  );
  expect(active.body.districts.find((d) => d.code === 'EG.QN.QS')?.associations).toBe(3);
  expect(active.body.gaps).toEqual(all.body.gaps);
});

test('coverage reads a radius typed in Arabic-Indic digits as the same radius', async () => {
  const typed = await getJson(app.baseUrl, '/api/coverage?governorate=EG-KN&resource=nursery&radiusKm=%D9%A5');
  const latin = await getJson(app.baseUrl, '/api/coverage?governorate=EG-KN&resource=nursery&radiusKm=5');
  expect(typed.status).toBe(200);
  expect(typed.body).toEqual(latin.body);
});

test('coverage needs a governorate, and a known one', async () => {
  expect((await getJson(app.baseUrl, '/api/coverage')).status).toBe(400);
  expect((await getJson(app.baseUrl, '/api/coverage?governorate=EG-ZZ')).status).toBe(404);
});
