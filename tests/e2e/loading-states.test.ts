// While an answer is on its way, the counts bar, the list and the profile hold the room the answer will take: each box
// measured before the answer arrives is where the answer lands, so nothing on the page jumps.
import type { AtlasPage } from '../support/browser';
import { DESKTOP, openPage } from '../support/browser';
import { saveScreenshot, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

type Box = { x: number; y: number; width: number; height: number };

/** Given a page whose requests for `path` (matched on the whole path) are held until `release` is called. */
async function givenHeld(path: RegExp): Promise<{ atlas: AtlasPage; release: () => void }> {
  const atlas = await openPage(session.browser, DESKTOP);
  session.pages.push(atlas);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await atlas.page.route(
    (url) => path.test(url.pathname),
    async (route) => {
      await released;
      await route.continue().catch(() => undefined); // a request the page gave up on meanwhile
    },
  );
  return { atlas, release };
}

async function boxOf(atlas: AtlasPage, selector: string): Promise<Box> {
  const element = atlas.page.locator(selector).first();
  await element.waitFor();
  const box = await element.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

/** A Qena association that is active and has the shortest Arabic name: its profile's heading is one line. */
async function shortNamedAssociation(): Promise<number> {
  const reply = await fetch(`${session.app.baseUrl}/api/associations?governorate=EG-KN&status=active&limit=1000`);
  const body = (await reply.json()) as { features: { id: number; properties: { nameAr: string } }[] };
  const [shortest] = [...body.features].sort((a, b) => a.properties.nameAr.length - b.properties.nameAr.length);
  if (!shortest) throw new Error('no active association in Qena');
  return shortest.id;
}

test('when the list and the counts are loading, then their boxes are where the answer lands', async () => {
  const { atlas, release } = await givenHeld(/^\/api\/(associations|stats)$/);
  await atlas.page.goto(`${session.app.baseUrl}/?governorate=EG-KN`);
  await atlas.page.click('[data-testid=tab-results]');

  const before = {
    counts: await boxOf(atlas, '[data-testid=counts]'),
    list: await boxOf(atlas, '[data-testid=results]'),
    firstRow: await boxOf(atlas, '[data-testid=result-loading]'),
  };
  await saveScreenshot(atlas, 'loading-list');
  release();
  await atlas.page.waitForSelector(
    '[data-testid=counts][aria-busy=false] [data-testid=count-associations][data-value]',
  );

  const after = {
    counts: await boxOf(atlas, '[data-testid=counts]'),
    list: await boxOf(atlas, '[data-testid=results]'),
    firstRow: await boxOf(atlas, '[data-testid=result-item]'),
  };
  expect(after).toEqual(before);
});

test('when a profile is loading, then its heading, buttons and facts land where their placeholders were', async () => {
  const id = await shortNamedAssociation();
  const { atlas, release } = await givenHeld(new RegExp(`^/api/associations/${id}$`));
  await atlas.page.goto(`${session.app.baseUrl}/?governorate=EG-KN&selected=${id}`);

  const parts = (root: string) => ({
    head: `${root} .profile-head`,
    buttons: `${root} .partners`,
    facts: `${root} .facts`,
  });
  const measure = async (root: string) => {
    const selectors = parts(root);
    return {
      head: await boxOf(atlas, selectors.head),
      buttons: await boxOf(atlas, selectors.buttons),
      factsTop: (await boxOf(atlas, selectors.facts)).y,
    };
  };
  const before = await measure('[data-testid=profile-loading]');
  await saveScreenshot(atlas, 'loading-profile');
  release();

  expect(await measure(`[data-testid=profile][data-id="${id}"]`)).toEqual(before);
});
