// Per-10k figures say what they divide by: the dashboard, the brief and the map's choropleth key show each district's
// population with its year, «تقدير» on estimates, and «لا يوجد تعداد» where there is no figure (Deshna) — never a
// blank or a 0; the brief says the governorate's figure is its own census.
import { openPage, screenshot } from '../support/browser';
import { givenAtlas, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

test("when the dashboard gives Qena per 10,000, then estimates, years and Deshna's missing census show", async () => {
  const atlas = await openPage(session.browser);
  session.pages.push(atlas);
  await atlas.page.goto(`${session.app.baseUrl}/dashboard?governorate=EG-KN`);
  await atlas.page.waitForSelector('[data-testid=chart-per10k] [data-testid=chart-bar]');

  const bars: Record<string, string> = await atlas.page.$$eval(
    '[data-testid=chart-per10k] [data-testid=chart-bar]',
    (items) =>
      Object.fromEntries(
        items.map((item) => [item.getAttribute('data-key') ?? '', item.getAttribute('aria-label') ?? '']),
      ),
  );
  expect(bars['EG.QN.QJ']).toBe('دشنا: لا يوجد تعداد');
  expect(
    Object.entries(bars)
      .filter(([code]) => code !== 'EG.QN.QJ')
      .every(([, label]) => label.endsWith('(تقدير)')),
  ).toBe(true);
  const note = await atlas.page.textContent('[data-testid=chart-per10k-note]');
  expect(note).toContain('٢٠١٧');
  expect(note).toContain('٢٠٠٦');
  await atlas.page.locator('[data-testid=chart-per10k]').scrollIntoViewIfNeeded();
  await screenshot(atlas.page, 'population-dashboard');
});

test("when the Qena brief is read, then each district population has its basis; Qena's is not their sum", async () => {
  const atlas = await openPage(session.browser);
  session.pages.push(atlas);
  await atlas.page.goto(`${session.app.baseUrl}/brief?governorate=EG-KN`);
  await atlas.page.waitForSelector('[data-testid=brief-districts] tbody tr');

  expect(await atlas.page.textContent('[data-testid=brief-figure-population]')).toBe('٣٬١٦٤٬٢٨١ (تعداد ٢٠١٧)');
  const cells = await atlas.page.$$eval('[data-testid=brief-district-population]', (items) =>
    items.map((item) => item.textContent),
  );
  expect(cells).toContain('لا يوجد تعداد');
  expect(cells.filter((cell) => cell.endsWith('(تقدير ٢٠١٧)'))).toHaveLength(8);
  expect(await atlas.page.textContent('[data-testid=brief-population-note]')).toContain('لا من مجموع مراكزها');
  await atlas.page.locator('[data-testid=brief-districts]').scrollIntoViewIfNeeded();
  await screenshot(atlas.page, 'population-brief');
});

test('when the choropleth is shown, then its key says district populations are 2017 estimates from 2006', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN');
  const note = await atlas.page.waitForSelector('[data-testid=legend-population]');
  expect(await note.textContent()).toContain('تقديرات');
  await screenshot(atlas.page, 'population-legend');
});
