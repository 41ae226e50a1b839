// The public's service finder on a phone (390×844): a service, then "near me" (mocked geolocation) or a village,
// the nearest associations with their distance, the line to each on the map, and a profile two taps after the service.
import { DESKTOP } from '../support/browser';
import { saveScreenshot, searchParams, useAtlasSession } from './atlas-driver';
import {
  apiNearest,
  chooseService,
  chooseVillage,
  drawnLines,
  EASTERN_DESERT,
  givenFinder,
  QUS,
  shownResults,
  tapNearMe,
} from './nearby-driver';

const session = useAtlasSession();

const ARABIC_KM = /^(نحو )?[٠-٩]+(٫[٠-٩])? كم$/;
const ENGLISH_KM = /^(about )?\d+(\.\d)? km$/;

test('when a visitor near Qus picks nurseries, then "near me" and one row open the profile: two taps', async () => {
  const atlas = await givenFinder(session, { position: QUS });
  await chooseService(atlas, 'resource:nursery');

  await tapNearMe(atlas); // tap 1
  const shown = await shownResults(atlas);
  const api = await apiNearest(session, `lon=${QUS.longitude}&lat=${QUS.latitude}&resource=nursery`);
  expect(shown.map((row) => row.id)).toEqual(api.results.map((result) => result.id));
  expect(shown.length).toBeGreaterThan(2);
  for (const row of shown) expect(row.distance).toMatch(ARABIC_KM);
  expect(await atlas.page.textContent('[data-testid=nearby-from]')).toContain('من موقعك الحالي');
  expect((await drawnLines(atlas)).ids).toEqual([...api.results.map((result) => result.id)].sort((a, b) => a - b));
  await saveScreenshot(atlas, 'nearby-phone-ar-results');

  const first = shown[0]?.id;
  await atlas.page.click(`[data-testid=nearby-result][data-id="${first}"]`); // tap 2
  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${first}"]`);
  expect(searchParams(atlas).get('selected')).toBe(String(first));
  expect((await drawnLines(atlas)).strongest).toBe(first);
  await saveScreenshot(atlas, 'nearby-phone-ar-profile');
});

test('when the position is not allowed, then the finder says so and points to the village box', async () => {
  const atlas = await givenFinder(session);
  await chooseService(atlas, 'resource:nursery');

  await atlas.page.click('[data-testid=nearby-me]');

  await atlas.page.waitForSelector('[data-testid=nearby-from][role=alert]');
  expect(await atlas.page.textContent('[data-testid=nearby-from]')).toContain('اكتب اسم قريتك');
});

test("when a village is typed instead, then the nearest are found from it, in the ground's order", async () => {
  const atlas = await givenFinder(session);
  await chooseService(atlas, 'sector:health');

  await chooseVillage(atlas, 'قوص');

  expect(await atlas.page.textContent('[data-testid=nearby-from]')).toContain('من قرية قوص');
  const village = await atlas.page.evaluate(async () => {
    const response = await fetch(`/api/search?q=${encodeURIComponent('قوص')}&type=village`);
    const reply = (await response.json()) as {
      results: { nameAr: string; location: { coordinates: [number, number] } }[];
    };
    return reply.results.find((r) => r.nameAr === 'قوص');
  });
  const [lon, lat] = village?.location.coordinates ?? [];
  const api = await apiNearest(session, `lon=${lon?.toFixed(5)}&lat=${lat?.toFixed(5)}&sector=health`);
  expect((await shownResults(atlas)).map((row) => row.id)).toEqual(api.results.map((result) => result.id));
  await saveScreenshot(atlas, 'nearby-phone-ar-village');
});

test('when read in English, then distances are in km with Latin digits and the labels are English', async () => {
  const atlas = await givenFinder(session, { language: 'en', position: QUS });
  await chooseService(atlas, 'resource:dispensary');

  await tapNearMe(atlas);

  const shown = await shownResults(atlas);
  expect(shown.length).toBeGreaterThan(0);
  for (const row of shown) expect(row.distance).toMatch(ENGLISH_KM);
  expect(await atlas.page.textContent('[data-testid=nearby-from]')).toContain('From where you are');
  await drawnLines(atlas);
  await saveScreenshot(atlas, 'nearby-phone-en-results');
});

test('when nobody offers it within reach, then the empty state says so and a wider search finds one', async () => {
  const atlas = await givenFinder(session, { position: EASTERN_DESERT });
  await chooseService(atlas, 'resource:nursery');

  await tapNearMe(atlas);

  const empty = await atlas.page.textContent('[data-testid=nearby-empty]');
  expect(empty).toContain('في نطاق ٢٥ كم');
  expect(empty).toContain('جرّب خدمة أخرى');
  await saveScreenshot(atlas, 'nearby-phone-ar-empty');
  await atlas.page.click('[data-testid=nearby-wider]');
  await atlas.page.waitForSelector('[data-testid=nearby-empty] >> text=٥٠ كم');
  await atlas.page.click('[data-testid=nearby-wider]');
  await atlas.page.waitForSelector('[data-testid=nearby-result]');
});

test('when the answer is slow, then rows of the same height hold its place: nothing below jumps', async () => {
  const atlas = await givenFinder(session, { position: QUS });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await atlas.page.route('**/api/nearest?**', async (route) => {
    await held;
    await route.continue();
  });
  await chooseService(atlas, 'sector:health');

  await atlas.page.click('[data-testid=nearby-me]');
  const loading = await atlas.page.waitForSelector('[data-testid=nearby-loading]');
  const rowsWhileLoading = await loading.$$eval('li', (rows) =>
    rows.map((row) => row.getBoundingClientRect().toJSON() as DOMRect),
  );
  release();
  await atlas.page.waitForSelector('[data-testid=nearby-results]');
  const rowsLoaded = await atlas.page.$$eval('[data-testid=nearby-result]', (rows) =>
    rows.map((row) => row.getBoundingClientRect().toJSON() as DOMRect),
  );

  expect(rowsLoaded.length).toBeGreaterThanOrEqual(rowsWhileLoading.length);
  rowsWhileLoading.forEach((box, index) => {
    expect([rowsLoaded[index]?.y, rowsLoaded[index]?.height]).toEqual([box.y, box.height]);
  });
});

test("when opened on a desktop with a service in the link, then the finder's tab is open on it", async () => {
  const atlas = await givenFinder(session, { viewport: DESKTOP, position: QUS });
  await atlas.page.goto(`${session.app.baseUrl}/?service=resource:nursery`);
  await atlas.page.waitForSelector('[data-testid=nearby]');
  expect(await atlas.page.inputValue('[data-testid=nearby-service]')).toBe('resource:nursery');

  await tapNearMe(atlas);
  await drawnLines(atlas);
  await saveScreenshot(atlas, 'nearby-desktop-ar');
});
