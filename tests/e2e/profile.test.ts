// Choosing an association — in the list, on the map or through a shared link — opens its profile and marks it.
import { givenAtlas, saveScreenshot, searchParams, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

async function firstAssociation(): Promise<{ id: number; nameAr: string }> {
  const response = await fetch(`${session.app.baseUrl}/api/associations?governorate=EG-KN&kind=central&limit=1`);
  const body = (await response.json()) as { features: { id: number; properties: { nameAr: string } }[] };
  const feature = body.features[0];
  if (!feature) throw new Error('the demo registry has no central association in Qena');
  return { id: feature.id, nameAr: feature.properties.nameAr };
}

test('when an association is chosen in the list, then its profile opens and the address bar names it', async () => {
  const atlas = await givenAtlas(session, '/');
  await atlas.page.click('[data-testid=tab-results]');
  const item = atlas.page.locator('[data-testid=result-item]').first();
  const id = await item.getAttribute('data-id');
  const name = await item.locator('.result-name').textContent();

  await item.click();

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);
  expect(await atlas.page.textContent('[data-testid=profile-name]')).toBe(name);
  expect(searchParams(atlas).get('selected')).toBe(id);
  await saveScreenshot(atlas, 'profile-from-list');
});

test('when an association is chosen, then the map flies to it and rings it', async () => {
  const { id } = await firstAssociation();
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${id}`);

  await atlas.page.waitForFunction(
    (wanted) => {
      const map = window.__atlasMap;
      return (
        !!map &&
        !map.isMoving() &&
        map.queryRenderedFeatures({ layers: ['associations-selected'] }).some((feature) => feature.id === wanted)
      );
    },
    id,
    { timeout: 30_000 },
  );
  await saveScreenshot(atlas, 'profile-selected-on-map');
});

test('when a shared link names an association, then its whole profile opens', async () => {
  const { id, nameAr } = await firstAssociation();
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${id}`);

  await atlas.page.waitForSelector('[data-testid=profile]');
  expect(await atlas.page.textContent('[data-testid=profile-name]')).toBe(nameAr);
  const sections = await atlas.page.$$eval('.profile-section h3', (headings) =>
    headings.map((heading) => heading.textContent),
  );
  expect(sections).toEqual([
    'مجالات النشاط',
    'الإمكانات المتاحة',
    'برامج التعاون الدولي',
    'الروابط مع الجمعيات الأخرى',
    'قصص النجاح',
  ]);
  expect(await atlas.page.getAttribute('[data-testid=partners-nearby]', 'aria-disabled')).toBeNull();
});

test('when a shared link names an association and a view, then the profile opens, the map keeps the view', async () => {
  const { id } = await firstAssociation();
  const atlas = await givenAtlas(session, `/?selected=${id}&map=9/26.2/32.6`);

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"] [data-testid=profile-name]`);
  const view = await atlas.page.evaluate(
    () =>
      new Promise<{ zoom: number; lat: number; lon: number }>((resolve) => {
        const map = window.__atlasMap;
        if (!map) throw new Error('the map is not exposed on window.__atlasMap');
        const read = () => resolve({ zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng });
        if (map.loaded() && !map.isMoving()) read();
        else map.once('idle', read);
      }),
  );

  expect(view.zoom).toBeCloseTo(9, 2);
  expect(view.lat).toBeCloseTo(26.2, 4);
  expect(view.lon).toBeCloseTo(32.6, 4);
  expect(searchParams(atlas).get('map')).toBe('9/26.2/32.6');
});

test('when an association on the map is clicked, then its profile opens', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&map=12/26.16/32.72');
  const target = await atlas.page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    const feature = map.queryRenderedFeatures({ layers: ['associations-civil'] })[0];
    if (!feature || feature.geometry.type !== 'Point') return undefined;
    const point = map.project(feature.geometry.coordinates as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { id: feature.id, x: box.left + point.x, y: box.top + point.y };
  });
  if (!target) throw new Error('no single association drawn at zoom 12 over Qena city');

  await atlas.page.mouse.click(target.x, target.y);

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${target.id}"]`);
  expect(searchParams(atlas).get('selected')).toBe(String(target.id));
});
