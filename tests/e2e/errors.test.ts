// When the server cannot be reached or refuses, the atlas says so plainly and offers to try again.
import { givenAtlas, saveScreenshot, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

test('when the server cannot be reached, then a clear message says so and offers a retry', async () => {
  const atlas = await givenAtlas(session, '/');
  await atlas.page.route('**/api/**', (route) => route.abort('connectionrefused'));

  await atlas.page.check('[data-testid=filter-kind] input[value="central"]');

  const banner = atlas.page.locator('[data-testid=error-banner]');
  await banner.waitFor({ timeout: 20_000 });
  expect(await banner.textContent()).toContain('تعذر الاتصال بالخادم');
  expect(await banner.locator('button').textContent()).toBe('حاول مرة أخرى');
  await saveScreenshot(atlas, 'error-unreachable');
  // The refused requests are this test's point: the browser logs each one as an error.
  atlas.report.consoleErrors.splice(0);
});

test('when the server refuses a request, then an Arabic sentence says so and its problem detail is shown', async () => {
  const atlas = await givenAtlas(session, '/');
  await atlas.page.route('**/api/stats**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'The database is not reachable' }),
    }),
  );

  await atlas.page.check('[data-testid=filter-kind] input[value="civil"]');

  const banner = atlas.page.locator('[data-testid=error-banner]');
  await banner.waitFor({ timeout: 20_000 });
  expect(await banner.textContent()).toContain('الخادم غير متاح الآن');
  expect(await banner.locator('[data-testid=problem-detail]').getAttribute('lang')).toBe('en');
  expect(await banner.locator('[data-testid=problem-detail]').textContent()).toBe('The database is not reachable');
  await saveScreenshot(atlas, 'error-refused');
  atlas.report.consoleErrors.splice(0);
});
