// Every filter of /api/associations, alone and combined, checked against counts written independently in SQL.
import type { AssociationCollection } from '../../contracts/association';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const list = (query: string) => getJson<AssociationCollection>(app.baseUrl, `/api/associations?${query}`);

async function sqlCount(where: string): Promise<number> {
  const result = await app.db.raw<{ rows: { n: number }[] }>(
    `SELECT count(*)::int AS n FROM associations a WHERE ${where}`,
  );
  return result.rows[0]?.n ?? -1;
}

describe('when one filter is given, then exactly the matching associations come back', () => {
  const cases: [string, string][] = [
    ['governorate=EG-KN', "a.governorate_code = 'EG-KN'"],
    ['governorate=EG-LX', "a.governorate_code = 'EG-LX'"],
    ['district=EG.QN.QS', "a.district_code = 'EG.QN.QS'"],
    ['kind=central', "a.kind = 'central'"],
    ['status=suspended', "a.status = 'suspended'"],
    ['minMembers=200', 'a.members >= 200'],
    ['maxMembers=30', 'a.members <= 30'],
    ['intlCoop=true', `EXISTS (SELECT 1 FROM intl_programmes p WHERE p.association_id = a.id AND p.status = 'active')`],
    [
      'intlCoop=false',
      `NOT EXISTS (SELECT 1 FROM intl_programmes p WHERE p.association_id = a.id AND p.status = 'active')`,
    ],
    ['sector=orphans', `a.id IN (SELECT association_id FROM association_sectors WHERE sector_code = 'orphans')`],
    ['resource=nursery', `a.id IN (SELECT association_id FROM association_resources WHERE resource_code = 'nursery')`],
    [
      'resource=computer:5',
      `a.id IN (SELECT association_id FROM association_resources WHERE resource_code = 'computer' AND quantity >= 5)`,
    ],
    ['bbox=32.6,26.0,32.8,26.2', 'ST_X(a.geom) BETWEEN 32.6 AND 32.8 AND ST_Y(a.geom) BETWEEN 26.0 AND 26.2'],
  ];

  test.each(cases)('%s', async (query, where) => {
    const expected = await sqlCount(where);
    expect(expected).toBeGreaterThan(0);
    const reply = await list(`${query}&limit=10000`);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toContain('application/geo+json');
    expect(reply.body.numberMatched).toBe(expected);
    expect(reply.body.numberReturned).toBe(expected);
    expect(reply.body.features).toHaveLength(expected);
  });
});

test('when governorate=EG-KN&intlCoop=true, then every feature is in Qena and cooperating', async () => {
  const reply = await list('governorate=EG-KN&intlCoop=true');
  expect(reply.body.numberReturned).toBeGreaterThan(0);
  for (const feature of reply.body.features) {
    expect(feature.properties.governorate).toBe('EG-KN');
    expect(feature.properties.intlCoop).toBe(true);
  }
});

test('when filters are combined, then they all apply together', async () => {
  const expected = await sqlCount(
    `a.governorate_code = 'EG-KN' AND a.kind = 'civil' AND a.members BETWEEN 40 AND 400 AND a.status = 'active'
     AND a.id IN (SELECT association_id FROM association_sectors WHERE sector_code IN ('health', 'women'))
     AND a.id IN (SELECT association_id FROM association_resources WHERE resource_code IN ('hall', 'computer'))`,
  );
  expect(expected).toBeGreaterThan(0);
  const reply = await list(
    'governorate=EG-KN&kind=civil&minMembers=40&maxMembers=400&status=active' +
      '&sector=health,women&resource=hall&resource=computer&limit=10000',
  );
  expect(reply.body.numberMatched).toBe(expected);
  for (const { properties } of reply.body.features) {
    expect(properties.kind).toBe('civil');
    expect(properties.members).toBeGreaterThanOrEqual(40);
    expect(properties.members).toBeLessThanOrEqual(400);
    expect(properties.sectors.some((code) => code === 'health' || code === 'women')).toBe(true);
    expect(Object.keys(properties.resources).some((code) => code === 'hall' || code === 'computer')).toBe(true);
  }
});

test('when a parameter is repeated or comma-separated, then it means any of its values', async () => {
  const repeated = await list('district=EG.QN.QS&district=EG.QN.QA&limit=10000');
  const commas = await list('district=EG.QN.QS,EG.QN.QA&limit=10000');
  const expected = await sqlCount("a.district_code IN ('EG.QN.QS', 'EG.QN.QA')");
  expect(repeated.body.numberMatched).toBe(expected);
  expect(commas.body.features.map((f) => f.id)).toEqual(repeated.body.features.map((f) => f.id));
  expect(new Set(repeated.body.features.map((f) => f.properties.district))).toEqual(new Set(['EG.QN.QS', 'EG.QN.QA']));
});

describe('when numbers are typed in Arabic-Indic or Persian digits, then they mean what Latin digits mean', () => {
  const cases: [string, string][] = [
    ['minMembers=١٠٠', 'minMembers=100'],
    ['minMembers=۱۰۰', 'minMembers=100'],
    ['maxMembers=١٬٢٠٠&minMembers=٢٠٠', 'maxMembers=1200&minMembers=200'],
    ['resource=computer:٥', 'resource=computer:5'],
    ['bbox=٣٢٫٦,٢٦,٣٢٫٨,٢٦٫٢', 'bbox=32.6,26,32.8,26.2'],
    ['governorate=EG-KN&limit=٥٠&offset=١٠', 'governorate=EG-KN&limit=50&offset=10'],
  ];

  test.each(cases)('%s is %s', async (typed, latin) => {
    const [asTyped, asLatin, whole] = await Promise.all([list(typed), list(latin), list('limit=1')]);
    expect(asTyped.status).toBe(200);
    expect(asTyped.body.numberMatched).toBe(asLatin.body.numberMatched);
    expect(asTyped.body.features.map((f) => f.id)).toEqual(asLatin.body.features.map((f) => f.id));
    // The filters did narrow the set, so the digits were read, not ignored.
    expect(asLatin.body.numberReturned).toBeGreaterThan(0);
    expect(asLatin.body.numberMatched).toBeLessThan(whole.body.numberMatched);
  });

  test.each(['minMembers=١٫٥', 'minMembers=١٬٢٠', 'minMembers=', 'limit=١٫٥'])(
    '%s is refused with a 400, never read as 0',
    async (query) => {
      const reply = await getJson<{ errors: { field: string }[] }>(app.baseUrl, `/api/associations?${query}`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e) => e.field)).toEqual([query.split('=')[0]]);
    },
  );
});

test('when paging with limit and offset, then pages are disjoint, ordered and add up to the whole', async () => {
  const whole = await list('governorate=EG-KN&limit=10000');
  const first = await list('governorate=EG-KN&limit=100&offset=0');
  const second = await list('governorate=EG-KN&limit=100&offset=100');
  expect(first.body.numberReturned).toBe(100);
  expect(first.body.numberMatched).toBe(whole.body.numberMatched);
  const ids = [...first.body.features, ...second.body.features].map((f) => f.id);
  expect(ids).toEqual(whole.body.features.slice(0, 200).map((f) => f.id));
  const beyond = await list(`governorate=EG-KN&limit=10&offset=${whole.body.numberMatched}`);
  expect(beyond.body).toMatchObject({ numberReturned: 0, features: [], numberMatched: whole.body.numberMatched });
});

test('when no limit is given, then at most 1000 features come back', async () => {
  const reply = await list('');
  expect(reply.body.numberMatched).toBeGreaterThan(700);
  expect(reply.body.numberReturned).toBe(Math.min(1000, reply.body.numberMatched));
});

test('when nothing matches, then the collection is empty, not an error', async () => {
  const reply = await list('governorate=EG-KN&minMembers=9999999');
  expect(reply.status).toBe(200);
  expect(reply.body).toEqual({ type: 'FeatureCollection', numberMatched: 0, numberReturned: 0, features: [] });
});

test('a feature carries the contract properties and a point geometry', async () => {
  const reply = await list('district=EG.QN.QS&limit=1');
  const [feature] = reply.body.features;
  expect(feature).toMatchObject({ type: 'Feature', geometry: { type: 'Point' } });
  expect(Object.keys(feature?.properties ?? {}).sort()).toEqual(
    [
      'district',
      'governorate',
      'intlCoop',
      'kind',
      'locationPrecision',
      'members',
      'nameAr',
      'nameEn',
      'registrationNo',
      'resources',
      'sectors',
      'status',
    ].sort(),
  );
  const row = await app
    .db('associations')
    .where({ id: feature?.id })
    .first<{ registration_no: string } | undefined>('registration_no');
  expect(feature?.properties.registrationNo).toBe(row?.registration_no);
});
