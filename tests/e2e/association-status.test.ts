// Suspended and dissolved associations are told apart from active ones: grey and faded on the map (with a legend
// entry), labelled in the result list and the profile; and every page says which statuses its figures count.
import { pixelsAt, saturationOf } from '../support/screen-pixels';
import {
  givenAtlas,
  saveScreenshot,
  searchParams,
  shownCount,
  useAtlasSession,
  type AtlasSession,
} from './atlas-driver';

const session = useAtlasSession();

interface Placed {
  id: number;
  registrationNo: string;
  lon: number;
  lat: number;
}

/** Qena's dissolved association farthest from any other (so its marker stands alone), and its nearest active one. */
async function givenDissolvedBesideActive({ app }: AtlasSession): Promise<{ dissolved: Placed; active: Placed }> {
  const columns = 'a.id, a.registration_no AS "registrationNo", ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat';
  const {
    rows: [dissolved],
  } = await app.db.raw<{ rows: Placed[] }>(`
    SELECT ${columns} FROM associations a
     WHERE a.status = 'dissolved' AND a.governorate_code = 'EG-KN' AND a.deleted_at IS NULL
     ORDER BY (SELECT min(ST_Distance(a.geom::geography, b.geom::geography)) FROM associations b
                WHERE b.id <> a.id AND b.deleted_at IS NULL) DESC LIMIT 1`);
  if (!dissolved) throw new Error('the demo registry has no dissolved association in Qena');
  const {
    rows: [active],
  } = await app.db.raw<{ rows: Placed[] }>(
    `
    SELECT ${columns} FROM associations a
     WHERE a.status = 'active' AND a.deleted_at IS NULL AND NOT a.intl_coop
     ORDER BY a.geom <-> ST_SetSRID(ST_MakePoint(?, ?), 4326) LIMIT 1`,
    [dissolved.lon, dissolved.lat],
  );
  if (!active) throw new Error('no active association near it');
  return { dissolved, active };
}

/** Where the map draws an association (CSS pixels of the page), once its marker is rendered. */
async function markerAt(atlas: Awaited<ReturnType<typeof givenAtlas>>, id: number) {
  await atlas.page.waitForFunction(
    (wanted) => {
      const map = window.__atlasMap;
      return Boolean(
        map
          ?.queryRenderedFeatures({ layers: ['associations-civil', 'associations-central'] })
          .some((f) => f.id === wanted),
      );
    },
    id,
    { timeout: 30_000 },
  );
  return atlas.page.evaluate((wanted) => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    const feature = map
      .queryRenderedFeatures({ layers: ['associations-civil', 'associations-central'] })
      .find((f) => f.id === wanted);
    if (!feature) throw new Error(`association ${wanted} is not drawn`);
    const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    const point = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y, status: String(feature.properties.status) };
  }, id);
}

test('when a dissolved association is beside an active one, then it is faded grey and the legend says so', async () => {
  const { dissolved, active } = await givenDissolvedBesideActive(session);
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&map=16/${dissolved.lat}/${dissolved.lon}`);

  const [dissolvedMarker, activeMarker] = [await markerAt(atlas, dissolved.id), await markerAt(atlas, active.id)];
  await saveScreenshot(atlas, 'association-status-map');
  // Read on plain ground: the choropleth's shade would tint the faded grey.
  await atlas.page.uncheck('[data-testid=layer-toggle-choropleth]');
  await atlas.page.waitForFunction(() => window.__atlasMap?.loaded());
  const [dissolvedColour, activeColour] = await pixelsAt(atlas.page, [dissolvedMarker, activeMarker]);
  if (!dissolvedColour || !activeColour) throw new Error('no colour was read at the markers');

  expect([dissolvedMarker.status, activeMarker.status]).toEqual(['dissolved', 'active']);
  expect(saturationOf(dissolvedColour)).toBeLessThan(20);
  expect(saturationOf(activeColour)).toBeGreaterThan(60);
  expect(await atlas.page.textContent('[data-testid=map-legend]')).toContain('رمادية باهتة: موقوفة أو منحلة');
});

test('when the list and the profile show a dissolved association, then both label it «منحلة»', async () => {
  const { dissolved } = await givenDissolvedBesideActive(session);
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&q=${dissolved.registrationNo}&selected=${dissolved.id}`);

  expect(await atlas.page.textContent('[data-testid=profile-status]')).toBe('منحلة');
  await saveScreenshot(atlas, 'association-status-profile');
  await atlas.page.click('[data-testid=tab-results]');
  const item = atlas.page.locator(`[data-testid=result-item][data-id="${dissolved.id}"]`);
  expect(await item.locator('[data-testid=result-status]').textContent()).toBe('منحلة');
  await saveScreenshot(atlas, 'association-status-list');
});

test('when the atlas opens, then all statuses count; a switch narrows map, list and counts to active', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN');
  const all = await shownCount(atlas);
  expect(await atlas.page.textContent('[data-testid=status-scope-text]')).toBe('كل الجمعيات، ومنها المنحلة والموقوفة');

  await atlas.page.click('[data-testid=status-scope-switch]');

  await atlas.page.waitForSelector('[data-testid=status-scope][data-scope=active]');
  expect(searchParams(atlas).get('status')).toBe('active');
  expect(await atlas.page.textContent('[data-testid=status-scope-text]')).toBe('الجمعيات النشطة فقط');
  await atlas.page.waitForFunction((before) => {
    const shown = document.querySelector<HTMLElement>(
      '[data-testid=counts][aria-busy=false] [data-testid=count-associations]',
    );
    return shown !== null && Number(shown.dataset.value) < before;
  }, all);
  await saveScreenshot(atlas, 'association-status-scope');
});

test('when dashboard and brief share filters, then both state the statuses counted; their counts agree', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&status=active&kind=central');
  await atlas.page.goto(`${session.app.baseUrl}/dashboard?governorate=EG-KN&status=active&kind=central`);
  await atlas.page.waitForSelector('[data-testid=dashboard-total]');
  const total = await atlas.page.textContent('[data-testid=dashboard-total]');
  expect(await atlas.page.textContent('[data-testid=status-scope-text]')).toBe('الجمعيات النشطة فقط');

  await atlas.page.click('[data-testid=brief-link]');
  await atlas.page.waitForSelector('[data-testid=brief-map] path');

  expect(await atlas.page.textContent('[data-testid=status-scope-text]')).toBe('الجمعيات النشطة فقط');
  expect(await atlas.page.textContent('[data-testid=brief-figure-associations]')).toBe(total);
  await saveScreenshot(atlas, 'association-status-brief');
});
