// Everything can be reached and used from the keyboard, with a visible focus ring and names for screen readers.
import { givenAtlas, mapShows, saveScreenshot, searchParams, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

/** Presses Tab until `selector` has focus; returns how many presses it took, or throws after `limit`. */
async function tabTo(atlas: Awaited<ReturnType<typeof givenAtlas>>, selector: string, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await atlas.page.keyboard.press('Tab');
    if (await atlas.page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return presses;
  }
  throw new Error(`${selector} was not reached in ${limit} presses of Tab`);
}

test('when the keyboard alone is used, then a filter can be reached, shows its focus and changes the map', async () => {
  const atlas = await givenAtlas(session, '/');

  await tabTo(atlas, '[data-testid=filter-kind] input[value="central"]');
  const outline = await atlas.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  await saveScreenshot(atlas, 'keyboard-focus');
  await atlas.page.keyboard.press('Space');
  await mapShows(atlas);

  expect(outline).not.toBe('none');
  expect(searchParams(atlas).get('kind')).toBe('central');
});

test('when the panel tabs are used with arrow keys, then they move in the reading direction', async () => {
  const atlas = await givenAtlas(session, '/');
  await tabTo(atlas, '[data-testid=tab-filters]');

  await atlas.page.keyboard.press('ArrowLeft'); // right to left: the next tab is on the left

  expect(await atlas.page.getAttribute('[data-testid=tab-results]', 'aria-selected')).toBe('true');
  expect(await atlas.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-results');
});

test('when read by a screen reader, then the landmarks and controls have names', async () => {
  const atlas = await givenAtlas(session, '/');

  const unnamed = await atlas.page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, [role=tab]')]
      .filter((element) => {
        const labelled =
          element.getAttribute('aria-label') || element.getAttribute('aria-labelledby') || element.textContent.trim();
        const labelledByLabel =
          element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.labels?.length : 0;
        return !labelled && !labelledByLabel;
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
  expect(await atlas.page.getAttribute('.map-panel', 'aria-label')).toBe('خريطة الجمعيات');
});
