// Given / when / then steps for the atlas in a real browser, reading the map itself (rendered features), not only
// the DOM.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, DESKTOP, type AtlasPage } from '../support/browser';
import { renderedAssociations as renderedOn } from '../support/rendered-associations';
import { startTestApp, type TestApp, type TestAppOptions } from '../support/test-app';

const BUILT_CLIENT = path.resolve(__dirname, '../../client/dist/index.html');

export interface AtlasSession {
  app: TestApp;
  browser: Browser;
  pages: AtlasPage[];
}

/**
 * Starts the app (with `appOptions().env` as extra settings, read when the file's tests start) and a browser once per
 * test file; every page opened is checked for foreign requests and errors.
 */
export function useAtlasSession(appOptions: () => TestAppOptions = () => ({})): AtlasSession {
  const session = { pages: [] } as unknown as AtlasSession;
  beforeAll(async () => {
    if (!existsSync(BUILT_CLIENT)) throw new Error('client/dist is missing: run `npm run build:client` first');
    session.app = await startTestApp(undefined, appOptions());
    session.browser = await launchBrowser();
  });
  afterEach(async () => {
    const pages = session.pages.splice(0);
    await Promise.all(pages.map((page) => page.close()));
    for (const page of pages) page.assertClean();
  });
  afterAll(async () => {
    const { browser, app } = session as Partial<AtlasSession>; // unset when beforeAll failed before them
    await browser?.close();
    await app?.stop();
  });
  return session;
}

/** Given the atlas opened at `pathAndQuery`, once the map shows the associations of the current filters. */
export async function givenAtlas(
  session: AtlasSession,
  pathAndQuery = '/',
  options: Parameters<typeof openPage>[2] & { viewport?: typeof DESKTOP } = {},
) {
  const atlas = await openPage(session.browser, options.viewport ?? DESKTOP, options);
  session.pages.push(atlas);
  await atlas.page.goto(`${session.app.baseUrl}${pathAndQuery}`);
  await mapShows(atlas);
  return atlas;
}

/** Waits until the map element says it has drawn the associations of the filters now in the address bar. */
export async function mapShows(atlas: AtlasPage): Promise<string> {
  await atlas.page.waitForFunction(
    () => {
      const map = document.querySelector<HTMLElement>('[data-testid=map]');
      const shown = map?.dataset.shownQuery;
      if (shown === undefined) return false;
      const sorted = (params: URLSearchParams) => (params.sort(), params.toString());
      const wanted = new URLSearchParams(window.location.search);
      for (const name of ['lang', 'selected', 'map']) wanted.delete(name);
      return sorted(new URLSearchParams(shown)) === sorted(wanted);
    },
    null,
    { timeout: 45_000 },
  );
  return atlas.page.$eval('[data-testid=map]', (map) => (map as HTMLElement).dataset.shownQuery ?? '');
}

/** What the map has drawn in its associations layers (in view, clusters counted as their associations). */
export const renderedAssociations = (atlas: AtlasPage) => renderedOn(atlas.page);

/** The number of matching associations the API reports for a filter query. */
export async function apiCount(session: AtlasSession, query: string): Promise<number> {
  const response = await fetch(`${session.app.baseUrl}/api/associations?${query}&limit=1`);
  const body = (await response.json()) as { numberMatched: number };
  return body.numberMatched;
}

/** The association count in the counts bar, once it is no longer updating (the map's tiles may be drawn before it). */
export async function shownCount(atlas: AtlasPage): Promise<number> {
  const settled = '[data-testid=counts][aria-busy=false] [data-testid=count-associations][data-value]';
  await atlas.page.waitForSelector(settled, { timeout: 30_000 });
  return atlas.page.$eval(settled, (element) => Number((element as HTMLElement).dataset.value));
}

export const searchParams = (atlas: AtlasPage) => new URL(atlas.page.url()).searchParams;

export const saveScreenshot = (atlas: AtlasPage, name: string) => screenshot(atlas.page, name);
