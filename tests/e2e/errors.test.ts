// When the server cannot be reached or refuses, the atlas says so plainly, in the interface language from the problem's
// code, and offers to try again.
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

/** Answers every /api/stats request with a 503 problem of `code` (none when undefined). */
const refuseStats = (atlas: Awaited<ReturnType<typeof givenAtlas>>, code?: string) =>
  atlas.page.route('**/api/stats**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: '/problems/unavailable',
        title: 'Service unavailable',
        status: 503,
        detail: 'The database is not reachable',
        ...(code ? { code } : {}),
      }),
    }),
  );

test('when the server refuses a request, then an Arabic sentence for its code says so; no English shows', async () => {
  const atlas = await givenAtlas(session, '/');
  await refuseStats(atlas, 'database_unavailable');

  await atlas.page.check('[data-testid=filter-kind] input[value="civil"]');

  const banner = atlas.page.locator('[data-testid=error-banner]');
  await banner.waitFor({ timeout: 20_000 });
  expect(await banner.locator('[data-testid=problem-sentence]').textContent()).toBe(
    'تعذر الوصول إلى قاعدة البيانات الآن.',
  );
  expect(await banner.locator('[data-testid=problem-detail]').count()).toBe(0);
  expect(await banner.innerText()).not.toMatch(/[A-Za-z]/);
  await saveScreenshot(atlas, 'error-refused');
  atlas.report.consoleErrors.splice(0);
});

test("when a refusal's code is unknown here, then the sentence for its status is shown beside the code", async () => {
  const atlas = await givenAtlas(session, '/');
  await refuseStats(atlas, 'brand_new_refusal');

  await atlas.page.check('[data-testid=filter-kind] input[value="civil"]');

  const banner = atlas.page.locator('[data-testid=error-banner]');
  await banner.waitFor({ timeout: 20_000 });
  expect(await banner.locator('[data-testid=problem-sentence]').textContent()).toBe('الخادم غير متاح الآن.');
  expect(await banner.locator('[data-testid=problem-code]').textContent()).toBe('brand_new_refusal');
  atlas.report.consoleErrors.splice(0);
});

test('when the server refuses a request in English, then the sentence is followed by the server’s detail', async () => {
  const atlas = await givenAtlas(session, '/?lang=en');
  await refuseStats(atlas, 'database_unavailable');

  await atlas.page.check('[data-testid=filter-kind] input[value="civil"]');

  const banner = atlas.page.locator('[data-testid=error-banner]');
  await banner.waitFor({ timeout: 20_000 });
  expect(await banner.locator('[data-testid=problem-sentence]').textContent()).toBe(
    'The database cannot be reached now.',
  );
  expect(await banner.locator('[data-testid=problem-detail]').getAttribute('lang')).toBe('en');
  expect(await banner.locator('[data-testid=problem-detail]').textContent()).toBe('The database is not reachable');
  atlas.report.consoleErrors.splice(0);
});
