// The offline basemap as a person sees it: the Nile, the railway and names to orient by under the associations,
// district names above the discs, labels in the interface language, and nothing fetched from another host.
import type { AtlasPage } from '../support/browser';
import { PHONE } from '../support/browser';
import { givenAtlas, mapShows, saveScreenshot, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

/** Per layer, the features the map has drawn in view (symbol layers: only the labels actually placed). */
const drawn = (atlas: AtlasPage, layers: string[]) =>
  atlas.page.evaluate((ids) => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    return Object.fromEntries(
      ids.map((id) => [
        id,
        map.queryRenderedFeatures({ layers: [id] }).map((f): Record<string, unknown> => ({ ...f.properties })),
      ]),
    );
  }, layers);

const styleOrder = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    return map.getStyle().layers.map((layer) => layer.id);
  });

test('when the atlas opens in Arabic, then the Nile, railway and district names are drawn over the discs', async () => {
  const atlas = await givenAtlas(session, '/');
  await mapShows(atlas);

  const features = await drawn(atlas, [
    'basemap-water',
    'basemap-waterway',
    'basemap-railway',
    'districts-label',
    'basemap-waterway-label',
  ]);
  expect(features['basemap-water']?.some((f) => f.kind === 'river')).toBe(true);
  expect(features['basemap-waterway']?.some((f) => f.nameEn === 'Nile')).toBe(true);
  expect(features['basemap-railway']?.length).toBeGreaterThan(0);
  const districtNames = features['districts-label']?.map((f) => f.nameAr) ?? [];
  for (const name of ['قنا', 'قوص', 'نقادة', 'دشنا']) expect(districtNames).toContain(name);
  const order = await styleOrder(atlas);
  expect(order.indexOf('towns-label')).toBeGreaterThan(order.indexOf('associations-clusters'));
  expect(order.indexOf('districts-label')).toBeGreaterThan(order.indexOf('associations-clusters'));
  expect(order.indexOf('basemap-water')).toBeGreaterThan(order.indexOf('districts-choropleth'));
  expect(order.indexOf('basemap-water')).toBeLessThan(order.indexOf('associations-clusters'));
  expect(atlas.report.foreignRequests).toEqual([]);
  await saveScreenshot(atlas, 'basemap-opening-ar');
});

test('when zoomed in on Qena in English, then towns, villages and stations are named in English', async () => {
  const atlas = await givenAtlas(session, '/?lang=en&map=12/26.158/32.727');
  await mapShows(atlas);

  const features = await drawn(atlas, ['towns-label', 'villages-label', 'basemap-station-label']);
  expect(features['towns-label']?.map((f) => f.nameEn)).toContain('Qena');
  expect(features['villages-label']?.length).toBeGreaterThan(0);
  expect(features['basemap-station-label']?.length).toBeGreaterThan(0);
  // The label expressions pick nameEn or nameAr by the map's global state: it must say English.
  const lang = await atlas.page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    return map.getGlobalState().lang as unknown;
  });
  expect(lang).toBe('en');
  expect(atlas.report.foreignRequests).toEqual([]);
  await saveScreenshot(atlas, 'basemap-qena-z12-en');
});

test('when the atlas opens on a phone, then the basemap and its credits fit the small map', async () => {
  const atlas = await givenAtlas(session, '/', { viewport: PHONE });
  await mapShows(atlas);

  const features = await drawn(atlas, ['basemap-land', 'basemap-waterway']);
  expect(features['basemap-land']?.length).toBeGreaterThan(0);
  expect(features['basemap-waterway']?.length).toBeGreaterThan(0);
  await saveScreenshot(atlas, 'basemap-phone-ar');
});

test('when an association is past its district line, then its profile calls the nearest markaz the limit', async () => {
  const { rows } = await session.app.db.raw<{ rows: { id: number }[] }>(
    `SELECT a.id FROM associations a JOIN districts d ON d.code = a.district_code
     WHERE a.deleted_at IS NULL AND NOT ST_Covers(d.official_geom, a.geom) ORDER BY a.id LIMIT 1`,
  );
  const atlas = await givenAtlas(session, `/?selected=${rows[0]?.id}`);

  await atlas.page.waitForSelector('[data-testid=profile-district-limits]');
  expect(await atlas.page.textContent('[data-testid=profile-district-limits]')).toBe(
    'حدود المراكز في الصحراء: أقرب مركز، وليست خطوطًا رسمية',
  );
});
