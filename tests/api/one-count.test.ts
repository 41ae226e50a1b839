// One count everywhere: for a dozen filter sets on the demo registry, the list's numberMatched, the stats' totals,
// the coverage's totals, the map's tile and the CSV export count the same associations — and so do the dashboard and
// the brief, which ask /api/stats and /api/coverage with the client's own canonical query for the address bar.
import type { AssociationCollection, Stats } from '../../contracts/association';
import { filterQueryString, parseFilterParams } from '../../client/src/features/filters/filter-params';
import { associationsIn, fetchAssociationTile } from '../support/association-tiles';
import { parseCsv } from '../support/csv';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Coverage {
  governorate: { associations: number; members: number };
  districts: { associations: number; members: number }[];
  gaps: { villages: unknown[] } | null;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const q = (text: string) => encodeURIComponent(text);

/** What an official might type in the address bar or pick in the filter panel. */
const FILTER_SETS = [
  'governorate=EG-KN',
  'governorate=EG-LX&sector=health',
  'governorate=EG-KN&district=EG.QN.QS',
  'governorate=EG-KN&sector=health,women',
  'governorate=EG-KN&resource=nursery',
  'governorate=EG-KN&resource=nursery:2,hall',
  'governorate=EG-KN&kind=central',
  'governorate=EG-KN&status=active',
  'governorate=EG-KN&status=suspended,dissolved',
  'governorate=EG-KN&intlCoop=true',
  'governorate=EG-SHG&intlCoop=false&maxMembers=150',
  'governorate=EG-KN&minMembers=100',
  `governorate=EG-KN&q=${q('تنمية')}`,
  'governorate=EG-KN&district=EG.QN.NH&sector=health&status=active&minMembers=50',
];

const sum = (rows: { associations: number }[]) => rows.reduce((total, row) => total + row.associations, 0);

/** The associations of a CSV export (rows after the header), as the public downloads it. */
async function exportedRows(query: string): Promise<number> {
  const response = await fetch(`${app.baseUrl}/api/associations/export?format=csv&${query}`);
  expect(response.status).toBe(200);
  return parseCsv(await response.text()).length - 1;
}

test.each(FILTER_SETS)(
  'when filtered by %s, then the list, stats, coverage, tiles, export and dashboard count the same set',
  async (typed) => {
    // The query the client sends for this address bar (the dashboard's /api/stats, the map's tiles, the list).
    const query = filterQueryString(parseFilterParams(new URLSearchParams(typed)));
    const [list, stats, coverage, tile, exported] = await Promise.all([
      getJson<AssociationCollection>(app.baseUrl, `/api/associations?${query}&limit=10000`),
      getJson<Stats>(app.baseUrl, `/api/stats?${query}`),
      getJson<Coverage>(app.baseUrl, `/api/coverage?${query}`),
      fetchAssociationTile(app, { z: 0, x: 0, y: 0 }, query),
      exportedRows(query),
    ]);
    expect([list.status, stats.status, coverage.status, tile.status]).toEqual([200, 200, 200, 200]);
    const matched = list.body.numberMatched;
    const members = list.body.features.reduce((total, feature) => total + feature.properties.members, 0);

    expect({
      stats: stats.body.totals.associations,
      statsDistricts: sum(stats.body.districts),
      coverage: coverage.body.governorate.associations,
      coverageDistricts: sum(coverage.body.districts),
      tile: associationsIn(tile),
      export: exported,
    }).toEqual({
      stats: matched,
      statsDistricts: matched,
      coverage: matched,
      coverageDistricts: matched,
      tile: matched,
      export: matched,
    });
    expect([stats.body.totals.members, coverage.body.governorate.members]).toEqual([members, members]);
    expect(matched).toBeGreaterThan(0);
  },
);

test('when no status is given, then every figure counts suspended and dissolved ones, as the list does', async () => {
  const all = (await getJson<Stats>(app.baseUrl, '/api/stats?governorate=EG-KN')).body;
  const coverage = (await getJson<Coverage>(app.baseUrl, '/api/coverage?governorate=EG-KN')).body;
  const active = (await getJson<Coverage>(app.baseUrl, '/api/coverage?governorate=EG-KN&status=active')).body;
  const { active: activeCount = 0, suspended = 0, dissolved = 0 } = all.totals.byStatus;

  expect(suspended + dissolved).toBeGreaterThan(0);
  expect(coverage.governorate.associations).toBe(activeCount + suspended + dissolved);
  expect(active.governorate.associations).toBe(activeCount);
});

test('when coverage is asked for two governorates or none, then 400: its figures are of one governorate', async () => {
  expect((await getJson(app.baseUrl, '/api/coverage?governorate=EG-KN,EG-LX')).status).toBe(400);
  expect((await getJson(app.baseUrl, '/api/coverage?sector=health')).status).toBe(400);
});
