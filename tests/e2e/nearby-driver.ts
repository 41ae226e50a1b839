// Given / when / then steps for the public's service finder in a real browser: the position mocked through the
// browser's own geolocation, the answer read from the panel and from the map's rendered lines.
import type { NearestReply } from '../../contracts/nearest';
import type { AtlasPage } from '../support/browser';
import { PHONE } from '../support/browser';
import { givenAtlas, type AtlasSession } from './atlas-driver';

// Qus town (OpenStreetMap), and a point of the Eastern Desert inside Egypt whose nearest nursery is 57 km away.
export const QUS = { longitude: 32.76297, latitude: 25.91567 };
export const EASTERN_DESERT = { longitude: 33.8, latitude: 25.9 };

interface FinderOptions {
  language?: 'ar' | 'en';
  viewport?: typeof PHONE;
  /** Where the browser says the visitor is; without it the page is never allowed to know. */
  position?: { longitude: number; latitude: number };
}

/** Given the atlas at phone size (Arabic unless told) with the finder's tab open. */
export async function givenFinder(
  session: AtlasSession,
  { language = 'ar', viewport = PHONE, position }: FinderOptions = {},
): Promise<AtlasPage> {
  const atlas = await givenAtlas(session, `/?lang=${language}`, { viewport });
  if (position) {
    await atlas.page.context().grantPermissions(['geolocation'], { origin: session.app.baseUrl });
    await atlas.page.context().setGeolocation(position);
  }
  await atlas.page.click('[data-testid=tab-nearby]');
  await atlas.page.waitForSelector('[data-testid=nearby]');
  return atlas;
}

/** When the visitor picks a service ('resource:nursery', 'sector:health'). */
export const chooseService = (atlas: AtlasPage, service: string) =>
  atlas.page.selectOption('[data-testid=nearby-service]', service);

/** When the visitor presses "near me": one tap. Resolves once the answer (results or the empty state) is shown. */
export async function tapNearMe(atlas: AtlasPage): Promise<void> {
  await atlas.page.click('[data-testid=nearby-me]');
  await answerShown(atlas);
}

/** When the visitor types a village's name and picks the suggestion named exactly `name`. */
export async function chooseVillage(atlas: AtlasPage, name: string): Promise<void> {
  await atlas.page.fill('[data-testid=nearby-village-input]', name);
  await atlas.page
    .locator('[data-testid=nearby-village-list] [data-testid=search-option]', { hasText: name })
    .first()
    .click();
  await answerShown(atlas);
}

const answerShown = (atlas: AtlasPage) =>
  atlas.page.waitForSelector(
    '[data-testid=nearby-results], [data-testid=nearby-empty], [data-testid=nearby] [role=alert]',
    { timeout: 30_000 },
  );

/** The rows shown: association ids and the distance as written. */
export const shownResults = (atlas: AtlasPage) =>
  atlas.page.$$eval('[data-testid=nearby-result]', (rows) =>
    rows.map((row) => ({
      id: Number(row.getAttribute('data-id')),
      distance: row.querySelector('[data-testid=nearby-distance]')?.textContent ?? '',
    })),
  );

/** The same question asked of the API directly. */
export async function apiNearest(session: AtlasSession, query: string): Promise<NearestReply> {
  const response = await fetch(`${session.app.baseUrl}/api/nearest?${query}`);
  return (await response.json()) as NearestReply;
}

/** Ids of the associations the map draws a line to once it has settled, and the id of the strongest line. */
export const drawnLines = (atlas: AtlasPage) =>
  atlas.page
    .waitForFunction(
      () => {
        const map = window.__atlasMap;
        if (!map || map.isMoving() || !map.getLayer('nearby-lines')) return false;
        const lines = map.queryRenderedFeatures({ layers: ['nearby-lines'] });
        if (lines.length === 0) return false;
        const ids = [...new Set(lines.map((line) => Number(line.properties.id)))].sort((a, b) => a - b);
        const strongest = lines.reduce((best, line) =>
          Number(line.properties.weight) > Number(best.properties.weight) ? line : best,
        );
        return { ids, strongest: Number(strongest.properties.weight) === 100 ? Number(strongest.properties.id) : null };
      },
      null,
      { timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<{ ids: number[]; strongest: number | null }>);
