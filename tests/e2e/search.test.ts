// Search as you type: a misspelt Arabic name still finds its association, and the keyboard alone can choose it.
import { givenAtlas, saveScreenshot, searchParams, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

/** "الجمعية المركزية لحماية البيئة بمركز نقادة" typed with ه for ة, ذ for د and words left out. */
const MISSPELT = 'جمعيه حمايه البيئه نقاذه';
const MEANT = 'الجمعية المركزية لحماية البيئة بمركز نقادة';

test('when a misspelt Arabic name is typed, then the association meant is suggested first', async () => {
  const atlas = await givenAtlas(session, '/');

  await atlas.page.fill('[data-testid=search-input]', MISSPELT);

  const first = atlas.page.locator('[data-testid=search-option]').first();
  await first.waitFor();
  expect(await first.locator('.search-name').textContent()).toBe(MEANT);
  expect(await first.getAttribute('data-type')).toBe('association');
  await saveScreenshot(atlas, 'search-misspelt');
});

test('when a suggestion is chosen with the arrow keys and Enter, then its profile opens', async () => {
  const atlas = await givenAtlas(session, '/');
  await atlas.page.fill('[data-testid=search-input]', MISSPELT);
  const first = atlas.page.locator('[data-testid=search-option]').first();
  await first.waitFor();
  const id = await first.getAttribute('data-id');

  await atlas.page.keyboard.press('ArrowDown');
  expect(await atlas.page.getAttribute('[data-testid=search-input]', 'aria-activedescendant')).toBe(
    await first.getAttribute('id'),
  );
  await atlas.page.keyboard.press('Enter');

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);
  expect(await atlas.page.textContent('[data-testid=profile-name]')).toBe(MEANT);
  expect(searchParams(atlas).get('selected')).toBe(id);
  await saveScreenshot(atlas, 'search-chosen');
});

test('when a village is chosen, then the partner finder opens around it', async () => {
  const atlas = await givenAtlas(session, '/');
  await atlas.page.fill('[data-testid=search-input]', 'نجع العاقوله');
  const village = atlas.page.locator('[data-testid=search-option][data-type=village]').first();
  await village.waitFor();
  const id = await village.getAttribute('data-id');

  await village.click();

  await atlas.page.waitForSelector('[data-testid=partner-result]');
  expect(searchParams(atlas).get('partnersVillage')).toBe(id);
  expect(await atlas.page.textContent('[data-testid=partner-seeker]')).toContain('نجع العاقولة');
});
