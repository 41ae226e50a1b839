// At phone width (390 px) the map fills the screen and the panels fold into a drawer with tabs.
import { givenAtlas, saveScreenshot, useAtlasSession } from './atlas-driver';
import { PHONE } from '../support/browser';

const session = useAtlasSession();

const box = async (atlas: Awaited<ReturnType<typeof givenAtlas>>, testId: string) => {
  const found = await atlas.page.locator(`[data-testid=${testId}]`).boundingBox();
  if (!found) throw new Error(`${testId} is not on screen`);
  return found;
};

test('when opened at phone width, then the map spans the screen above a drawer of tabs', async () => {
  const atlas = await givenAtlas(session, '/', { viewport: PHONE });

  const map = await box(atlas, 'map');
  const panel = await box(atlas, 'panel');
  expect(map.width).toBe(PHONE.width);
  expect(panel.width).toBe(PHONE.width);
  expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  expect(await atlas.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await saveScreenshot(atlas, 'phone-arabic');
});

test('when the drawer is folded at phone width, then the map takes the room and the tabs stay', async () => {
  const atlas = await givenAtlas(session, '/', { viewport: PHONE });
  const before = await box(atlas, 'map');

  await atlas.page.click('[data-testid=panel-fold]');

  const after = await box(atlas, 'map');
  expect(after.height).toBeGreaterThan(before.height * 1.5);
  expect(await atlas.page.isVisible('[data-testid=tab-results]')).toBe(true);
  expect(await atlas.page.isVisible('[data-testid=filters]')).toBe(false);
  await saveScreenshot(atlas, 'phone-folded');
});

test('when a profile is read at phone width, then it fits the screen', async () => {
  const atlas = await givenAtlas(session, '/', { viewport: PHONE });
  await atlas.page.click('[data-testid=tab-results]');
  await atlas.page.locator('[data-testid=result-item]').first().click();

  await atlas.page.waitForSelector('[data-testid=profile]');
  expect(await atlas.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await saveScreenshot(atlas, 'phone-profile');
});
