// The map credits every source it draws, spelled out (never folded behind a button), in the interface language.
import type { AtlasPage } from '../support/browser';
import { PHONE } from '../support/browser';
import { givenAtlas, saveScreenshot, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

/** The source names, in Latin script in both languages. */
const SOURCES = ['OpenStreetMap', 'geoBoundaries (CC BY 3.0 IGO)', "Who's On First", 'Natural Earth', 'CAPMAS'];
const ATTRIBUTION = '.maplibregl-ctrl-attrib';

const attributionText = async (atlas: AtlasPage) => {
  await atlas.page.waitForSelector(`${ATTRIBUTION}:not(.maplibregl-compact)`, { state: 'visible' });
  return (await atlas.page.textContent(ATTRIBUTION)) ?? '';
};

const boxOf = async (atlas: AtlasPage, selector: string) => {
  const found = await atlas.page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
};

type Box = NonNullable<Awaited<ReturnType<typeof boxOf>>>;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('when the atlas opens in Arabic, then the map credits all five sources in Arabic', async () => {
  const atlas = await givenAtlas(session, '/');

  const text = await attributionText(atlas);

  expect(text).toContain('© مساهمو OpenStreetMap');
  for (const source of SOURCES) expect(text).toContain(source);
});

test('when the atlas opens in English, then the map credits all five sources in English', async () => {
  const atlas = await givenAtlas(session, '/?lang=en');

  const text = await attributionText(atlas);

  expect(text).toContain('© OpenStreetMap contributors');
  for (const source of SOURCES) expect(text).toContain(source);
});

test('when opened at phone width, then the credits fit in the map without covering its controls', async () => {
  const atlas = await givenAtlas(session, '/', { viewport: PHONE });
  await attributionText(atlas);

  const credits = await boxOf(atlas, ATTRIBUTION);
  const map = await boxOf(atlas, '[data-testid=map]');
  expect(credits.x).toBeGreaterThanOrEqual(map.x);
  expect(credits.x + credits.width).toBeLessThanOrEqual(map.x + map.width);
  expect(credits.y + credits.height).toBeLessThanOrEqual(map.y + map.height);
  for (const control of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-scale', '[data-testid=map-legend]']) {
    expect({ control, overlaps: overlaps(credits, await boxOf(atlas, control)) }).toEqual({ control, overlaps: false });
  }
  await saveScreenshot(atlas, 'attribution-phone');
});
