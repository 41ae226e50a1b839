// At phone width (390 px) the map fills the screen and the panels fold into a drawer with tabs; every screen — filters,
// list, map, profile, partner finder, import — fits it in Arabic and in English (screenshots in tests/artifacts).
import { givenAtlas, saveScreenshot } from './atlas-driver';
import { PHONE, type AtlasPage } from '../support/browser';
import { signIn as signInAs, useStaffSession } from './staff-driver';

const session = useStaffSession('e2e_phone');
const signIn = (atlas: AtlasPage) => signInAs(atlas, 'gis@atlas.test');

const boxOf = async (atlas: AtlasPage, selector: string) => {
  const found = await atlas.page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
};
const box = (atlas: AtlasPage, testId: string) => boxOf(atlas, `[data-testid=${testId}]`);

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

/** Visible controls that run past either edge of the screen (cut off), each named by its text or test id. */
const offScreen = (atlas: AtlasPage) =>
  atlas.page.$$eval(
    'button, a[href], input, select, [role=tab], h1, h2, h3',
    (elements, width) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        const shown = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
        const cut = box.left < -1 || box.right > width + 1;
        const name = element.getAttribute('data-testid') ?? element.textContent.trim().slice(0, 30);
        return shown && cut ? [`${name} (${Math.round(box.left)}–${Math.round(box.right)})`] : [];
      }),
    PHONE.width,
  );

/** A Qena association with international programmes and links: the profile and the partner finder with most to show. */
const richAssociation = async () => {
  const row = await session.app
    .db('associations as a')
    .join('intl_programmes as p', 'p.association_id', 'a.id')
    .where('a.governorate_code', 'EG-KN')
    .whereNull('a.deleted_at')
    .orderBy('a.id')
    .first<{ id: number }>('a.id');
  return row.id;
};

type OpenScreen = (atlas: AtlasPage, query: string) => Promise<void>;

const openProfile: OpenScreen = async (atlas, query) => {
  await atlas.page.goto(`${session.app.baseUrl}/?${query}&selected=${await richAssociation()}`);
  await atlas.page.waitForSelector('[data-testid=profile]');
};

/** Each screen the brief names, opened at phone width from `/?governorate=EG-KN` in `query`'s language. */
const SCREENS = {
  filters: async (atlas) => {
    await atlas.page.locator('[data-testid=filter-status]').scrollIntoViewIfNeeded();
  },
  list: async (atlas) => {
    await atlas.page.click('[data-testid=tab-results]');
    await atlas.page.waitForSelector('[data-testid=result-item]');
  },
  map: async (atlas) => {
    await atlas.page.click('[data-testid=panel-fold]');
  },
  profile: openProfile,
  partners: async (atlas, query) => {
    await openProfile(atlas, query);
    await atlas.page.click('[data-testid=partners-nearby]');
    await atlas.page.waitForSelector('[data-testid=partner-result]');
  },
  import: async (atlas) => {
    await signIn(atlas);
    await atlas.page.click('[data-testid=open-imports]');
    await atlas.page.waitForSelector('[data-testid=import-page] [data-testid=import-defaults]');
  },
} satisfies Record<string, OpenScreen>;

describe.each(['ar', 'en'])('at phone width in %s', (language) => {
  const query = `governorate=EG-KN${language === 'en' ? '&lang=en' : ''}`;

  test.each(Object.entries(SCREENS))(
    'when the %s screen is opened, then nothing runs off the screen',
    async (screen, open) => {
      const atlas = await givenAtlas(session, `/?${query}`, { viewport: PHONE });

      await open(atlas, query);

      await saveScreenshot(atlas, `phone-${language}-${screen}`);
      expect(await atlas.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await offScreen(atlas)).toEqual([]);
    },
  );
});

test('when the partner finder opens on a phone, then it covers the drawer, not the map and its credits', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN', { viewport: PHONE });
  await SCREENS.partners(atlas, 'governorate=EG-KN');

  const finder = await box(atlas, 'partner-panel');
  const credits = await boxOf(atlas, '.maplibregl-ctrl-attrib');
  expect(credits.y + credits.height).toBeLessThanOrEqual(finder.y + 1);
  expect(Math.abs(finder.y - (await box(atlas, 'panel')).y)).toBeLessThanOrEqual(2);
});

test('when a profile is read at phone width, then the filters’ totals give way to it', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN', { viewport: PHONE });
  await openProfile(atlas, 'governorate=EG-KN');

  expect(await atlas.page.isVisible('[data-testid=counts]')).toBe(false);
  const panel = await box(atlas, 'panel');
  const heading = await box(atlas, 'profile-name');
  expect(heading.y).toBeLessThan(panel.y + 120);
});

test('when staff are signed in at phone width, then the header keeps to a fifth of the screen', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN', { viewport: PHONE });
  await signIn(atlas);

  const header = await boxOf(atlas, '.app-header');
  expect(header.height).toBeLessThanOrEqual(PHONE.height / 5);
  expect(await offScreen(atlas)).toEqual([]);
  await saveScreenshot(atlas, 'phone-signed-in');
});
