// The dashboard: bars per district for the governorate's nine districts, following the filters in the address bar.
import { openPage, screenshot, type AtlasPage } from '../support/browser';
import { useAtlasSession, type AtlasSession } from './atlas-driver';

const session = useAtlasSession();

async function givenDashboard(atlasSession: AtlasSession, query: string): Promise<AtlasPage> {
  const atlas = await openPage(atlasSession.browser);
  atlasSession.pages.push(atlas);
  await atlas.page.goto(`${atlasSession.app.baseUrl}/dashboard?${query}`);
  await atlas.page.waitForSelector('[data-testid=chart-associations] [data-testid=chart-bar]');
  return atlas;
}

/** The associations per district the API counts for a filter query, by district code. */
async function apiDistrictCounts(query: string): Promise<Record<string, number>> {
  const response = await fetch(`${session.app.baseUrl}/api/stats?${query}`);
  const body = (await response.json()) as { districts: { code: string; associations: number }[] };
  return Object.fromEntries(body.districts.map((district) => [district.code, district.associations]));
}

/** Waits until the charts show the stats of `query`, then reads the association bars by district code. */
async function barsFor(atlas: AtlasPage, query: string): Promise<Record<string, number>> {
  await atlas.page.waitForSelector(`[data-testid=dashboard-main][data-query="${query}"]`);
  const bars = await atlas.page.$$eval('[data-testid=chart-associations] [data-testid=chart-bar]', (items) =>
    items.map((item) => [item.getAttribute('data-key') ?? '', Number(item.getAttribute('data-value'))] as const),
  );
  return Object.fromEntries(bars);
}

test('when the dashboard opens on Qena, then it has a bar for each of the nine districts with API counts', async () => {
  const atlas = await givenDashboard(session, 'governorate=EG-KN');

  const bars = await barsFor(atlas, 'governorate=EG-KN');

  expect(Object.keys(bars)).toHaveLength(9);
  expect(bars).toEqual(await apiDistrictCounts('governorate=EG-KN'));
  const label = await atlas.page
    .locator('[data-testid=chart-associations] [data-testid=chart-bar]')
    .first()
    .getAttribute('aria-label');
  expect(label).toMatch(/[٠-٩]/);
  await screenshot(atlas.page, 'dashboard-qena');
});

test('when a filter changes on the dashboard, then the bars follow it', async () => {
  const atlas = await givenDashboard(session, 'governorate=EG-KN');

  await atlas.page.check('[data-testid=filter-kind] input[value="central"]');

  const bars = await barsFor(atlas, 'governorate=EG-KN&kind=central');
  expect(bars).toEqual(await apiDistrictCounts('governorate=EG-KN&kind=central'));
  expect(new URL(atlas.page.url()).searchParams.get('kind')).toBe('central');
  await screenshot(atlas.page, 'dashboard-central');
});
