// The associations layer is drawn from /tiles vector tiles: filters travel in the tile URL, clusters zoom in on click.
import type { AtlasPage } from '../support/browser';
import { apiCount, givenAtlas, mapShows, renderedAssociations, saveScreenshot, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

const TILE_PATH = /\/tiles\/associations\/\d+\/\d+\/\d+\.mvt(\?|$)/;

/** Every association tile the page asks for from now on (MapLibre's worker fetches them), as URLs. */
function recordTileRequests(atlas: AtlasPage): URL[] {
  const seen: URL[] = [];
  atlas.page.on('request', (request) => {
    if (TILE_PATH.test(request.url())) seen.push(new URL(request.url()));
  });
  return seen;
}

/** The biggest cluster drawn, with where it is on the page. */
const biggestCluster = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    const clusters = map.queryRenderedFeatures({ layers: ['associations-clusters'] });
    const feature = clusters.sort((a, b) => Number(b.properties.count) - Number(a.properties.count))[0];
    if (!feature || feature.geometry.type !== 'Point') return undefined;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const point = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { lon, lat, x: box.left + point.x, y: box.top + point.y, zoom: map.getZoom() };
  });

test('when the atlas opens, then associations come from /tiles with the URL filters and add to the count', async () => {
  const atlas = await givenAtlas(session, '/');
  const requests = recordTileRequests(atlas);

  await atlas.page.reload();
  await mapShows(atlas);

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((url) => url.searchParams.get('governorate') === 'EG-KN')).toBe(true);
  const drawn = await renderedAssociations(atlas);
  expect(drawn.clusters).toBeGreaterThan(0);
  expect(drawn.total).toBe(await apiCount(session, 'governorate=EG-KN'));
});

test('when a filter changes, then tiles are asked for with that filter and the drawn associations follow', async () => {
  const atlas = await givenAtlas(session, '/');
  const before = await renderedAssociations(atlas);
  const requests = recordTileRequests(atlas);

  await atlas.page.check('[data-testid=filter-intl-coop-yes]');
  await mapShows(atlas);

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((url) => url.searchParams.get('intlCoop') === 'true')).toBe(true);
  const after = await renderedAssociations(atlas);
  expect(after.total).toBe(await apiCount(session, 'governorate=EG-KN&intlCoop=true'));
  expect(after.total).toBeLessThan(before.total);
});

test('when a cluster is clicked, then the map zooms in two levels around it', async () => {
  const atlas = await givenAtlas(session, '/');
  const cluster = await biggestCluster(atlas);
  if (!cluster) throw new Error('no cluster drawn over Qena');

  await atlas.page.mouse.click(cluster.x, cluster.y);
  await atlas.page.waitForFunction((from) => {
    const map = window.__atlasMap;
    return !!map && !map.isMoving() && Math.abs(map.getZoom() - Math.min(from + 2, 14)) < 0.01;
  }, cluster.zoom);

  const centre = await atlas.page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    return map.getCenter();
  });
  expect(Math.abs(centre.lng - cluster.lon)).toBeLessThan(0.01);
  expect(Math.abs(centre.lat - cluster.lat)).toBeLessThan(0.01);
  await saveScreenshot(atlas, 'tiles-cluster-zoomed');
});
