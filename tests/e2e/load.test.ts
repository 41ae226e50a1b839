// The atlas as an official first opens it: Arabic, right to left, Qena, every association on the map, nothing foreign.
import {
  apiCount,
  givenAtlas,
  renderedAssociations,
  saveScreenshot,
  searchParams,
  shownCount,
  useAtlasSession,
} from './atlas-driver';

const session = useAtlasSession();

test('when the atlas opens with no parameters, then it shows Qena in Arabic, right to left', async () => {
  const atlas = await givenAtlas(session, '/');

  const html = await atlas.page.$eval('html', (element) => ({ lang: element.lang, dir: element.dir }));
  expect(html).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(searchParams(atlas).get('governorate')).toBe('EG-KN');
  expect(await atlas.page.textContent('h1')).toBe('أطلس الجمعيات الأهلية');
  await saveScreenshot(atlas, 'load-arabic-desktop');
});

test('when the atlas opens, then the map draws every Qena association and the count matches the API', async () => {
  const atlas = await givenAtlas(session, '/');

  const expected = await apiCount(session, 'governorate=EG-KN');
  expect(expected).toBeGreaterThan(0);
  expect(await shownCount(atlas)).toBe(expected);
  expect((await renderedAssociations(atlas)).total).toBe(expected);
});

test('when the list can only estimate its count, then the count is marked ≈ until the exact one arrives', async () => {
  const atlas = await givenAtlas(session, '/');
  await shownCount(atlas);
  let releaseStats: () => void = () => undefined;
  const statsHeld = new Promise<void>((resolve) => (releaseStats = resolve));
  await atlas.page.route('**/api/stats**', async (route) => {
    await statsHeld;
    await route.continue();
  });
  // As the API answers when an exact count would take too long (countOrEstimate): the planner's figure, flagged.
  await atlas.page.route(
    (url) => url.pathname === '/api/associations',
    async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { numberMatched: number };
      await route.fulfill({
        response,
        json: { ...body, numberMatched: body.numberMatched * 4, numberMatchedEstimated: true },
      });
    },
  );

  await atlas.page.check('[data-testid=filter-kind] input[value="civil"]');
  const count = atlas.page.locator('[data-testid=count-associations]');
  await atlas.page.waitForSelector('[data-testid=count-associations][data-estimated]', { timeout: 20_000 });
  expect(await count.textContent()).toMatch(/^≈ [٠-٩٬]+$/);
  releaseStats();

  await atlas.page.waitForSelector(
    '[data-testid=counts][aria-busy=false] [data-testid=count-associations]:not([data-estimated])',
    { timeout: 20_000 },
  );
  expect(Number(await count.getAttribute('data-value'))).toBe(await apiCount(session, 'governorate=EG-KN&kind=civil'));
  expect(await count.textContent()).toMatch(/^[٠-٩٬]+$/);
});

test('when the atlas opens, then counts are written in Arabic-Indic digits', async () => {
  const atlas = await givenAtlas(session, '/');

  const count = await atlas.page.textContent('[data-testid=count-associations]');
  expect(count).toMatch(/^[٠-٩٬]+$/);
});

test('when the atlas is used, then no request goes to another host and nothing is logged as an error', async () => {
  const atlas = await givenAtlas(session, '/?map=11.5/26.16/32.72');
  await atlas.page.click('[data-testid=layer-toggle-socialUnits]');
  await atlas.page.click('[data-testid=layer-toggle-links]');
  await atlas.page.waitForTimeout(1500);

  expect(atlas.report.foreignRequests).toEqual([]);
  expect(atlas.report.consoleErrors).toEqual([]);
  await saveScreenshot(atlas, 'load-zoomed-all-layers');
});
