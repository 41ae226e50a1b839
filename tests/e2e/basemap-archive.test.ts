// The switch to a deployment's own extract, in a real browser: with BASEMAP_PMTILES set, the map reads the archive
// from this host by byte ranges and draws its roads, water and places in the Protomaps layers, the built-in ground
// hidden and the associations still on top.
import { createDb } from '../../server/src/db';
import { SHARED_DATABASE_ENV } from '../support/global-setup';
import { EXTRACT_ROAD, writeExtractArchive } from '../support/extract-archive';
import { givenAtlas, mapShows, saveScreenshot, useAtlasSession } from './atlas-driver';

let archive = '';
beforeAll(async () => {
  const db = createDb(process.env[SHARED_DATABASE_ENV] ?? '', 1);
  try {
    archive = await writeExtractArchive(db);
  } finally {
    await db.destroy();
  }
});
const session = useAtlasSession(() => ({ env: { BASEMAP_PMTILES: archive } }));

test('when the server has an extract, then the map draws its roads and names, not the built-in ground', async () => {
  const atlas = await givenAtlas(session, '/?map=12/26.16/32.72');
  const ranges: string[] = [];
  atlas.page.on('request', (request) => {
    if (request.url().endsWith('/basemap/archive.pmtiles')) ranges.push(request.headers().range ?? '');
  });
  await atlas.page.reload();
  await mapShows(atlas);
  await atlas.page.waitForSelector('[data-testid=map][data-basemap=pmtiles]');
  await atlas.page.waitForFunction(
    () => {
      const map = window.__atlasMap;
      if (!map) throw new Error('the map is not exposed on window.__atlasMap');
      return map.queryRenderedFeatures({ layers: ['roads_major'] }).length > 0;
    },
    undefined,
    {
      timeout: 20_000,
    },
  );

  const shown = await atlas.page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    const names = (layer: string) =>
      map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.name));
    return {
      roads: names('roads_major'),
      water: map.queryRenderedFeatures({ layers: ['water'] }).length,
      builtinLand: map.getLayoutProperty('basemap-land', 'visibility') as string,
      order: map.getStyle().layers.map((layer) => layer.id),
    };
  });
  expect(shown.roads).toContain(EXTRACT_ROAD.nameAr);
  expect(shown.water).toBeGreaterThan(0);
  expect(shown.builtinLand).toBe('none');
  expect(shown.order.indexOf('earth')).toBeLessThan(shown.order.indexOf('governorates-fill'));
  expect(shown.order.indexOf('roads_major')).toBeLessThan(shown.order.indexOf('associations-clusters'));
  expect(ranges.length).toBeGreaterThan(0);
  expect(ranges.every((range) => /^bytes=\d+-\d+$/.test(range))).toBe(true);
  expect(atlas.report.foreignRequests).toEqual([]);
  await saveScreenshot(atlas, 'basemap-archive-z12-ar');
});
