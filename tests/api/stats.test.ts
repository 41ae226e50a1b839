// GET /api/stats: totals and per-district figures follow the same filters as the list.
import type { AssociationCollection, Stats } from '../../contracts/association';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

test('when filtered by governorate, then totals match the list and the districts add up to them', async () => {
  const stats = (await getJson<Stats>(app.baseUrl, '/api/stats?governorate=EG-KN')).body;
  const listed = (await getJson<AssociationCollection>(app.baseUrl, '/api/associations?governorate=EG-KN&limit=10000'))
    .body;
  expect(stats.totals.associations).toBe(listed.numberMatched);
  expect(stats.totals.members).toBe(listed.features.reduce((sum, f) => sum + f.properties.members, 0));
  expect(stats.totals.intlCoop).toBe(listed.features.filter((f) => f.properties.intlCoop).length);
  expect(stats.districts.map((d) => d.code).sort()).toEqual([
    'EG.QN.AT',
    'EG.QN.FR',
    'EG.QN.NE',
    'EG.QN.NH',
    'EG.QN.QA',
    'EG.QN.QJ',
    'EG.QN.QM',
    'EG.QN.QS',
    'EG.QN.WA',
  ]);
  const sum = (pick: (d: Stats['districts'][number]) => number) =>
    stats.districts.reduce((total, d) => total + pick(d), 0);
  expect(sum((d) => d.associations)).toBe(stats.totals.associations);
  expect(sum((d) => d.members)).toBe(stats.totals.members);
  expect(sum((d) => d.resources.nursery ?? 0)).toBe(stats.totals.resources.nursery);
  const byKind = Object.values(stats.totals.byKind).reduce((total, n) => total + n, 0);
  expect(byKind).toBe(stats.totals.associations);
});

test('when a filter leaves a district with nothing, then the district is still listed with zeros (a gap)', async () => {
  const stats = (await getJson<Stats>(app.baseUrl, '/api/stats?governorate=EG-KN&minMembers=100000')).body;
  expect(stats.totals.associations).toBe(0);
  expect(stats.districts).toHaveLength(9);
  for (const district of stats.districts)
    expect(district).toMatchObject({ associations: 0, members: 0, resources: {} });
});

test('resources per district equal the sum of quantities counted in SQL', async () => {
  const stats = (await getJson<Stats>(app.baseUrl, '/api/stats?district=EG.QN.QS&sector=health')).body;
  const result = await app.db.raw<{ rows: { code: string; total: number }[] }>(`
    SELECT r.resource_code AS code, sum(r.quantity)::int AS total
      FROM associations a JOIN association_resources r ON r.association_id = a.id
     WHERE a.district_code = 'EG.QN.QS'
       AND EXISTS (SELECT 1 FROM association_sectors s WHERE s.association_id = a.id AND s.sector_code = 'health')
     GROUP BY 1`);
  const expected = Object.fromEntries(result.rows.map((row) => [row.code, row.total]));
  expect(stats.districts).toHaveLength(1);
  expect(stats.districts[0]?.resources).toEqual(expected);
});

test('partners and donor countries count the associations with an active programme with each', async () => {
  const stats = (await getJson<Stats>(app.baseUrl, '/api/stats?governorate=EG-KN')).body;
  const result = await app.db.raw<{ rows: { partner: string; n: number }[] }>(`
    SELECT p.partner, count(DISTINCT a.id)::int AS n
      FROM associations a JOIN intl_programmes p ON p.association_id = a.id
     WHERE a.governorate_code = 'EG-KN' AND p.status = 'active' AND a.deleted_at IS NULL
     GROUP BY p.partner`);
  expect(result.rows.length).toBeGreaterThan(0);
  expect(stats.totals.partners).toEqual(Object.fromEntries(result.rows.map((row) => [row.partner, row.n])));
  expect(Object.keys(stats.totals.donorCountries).length).toBeGreaterThan(0);
});
