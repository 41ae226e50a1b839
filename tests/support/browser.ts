// Drives Debian's Chromium through playwright-core: pages that may only talk to our own server, with console
// errors kept.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../../scripts/lib/chromium';

/** Headless, offline-minded, and WebGL through SwiftShader (no GPU here). */
export const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const ARTIFACTS_DIR = path.resolve(__dirname, '../artifacts');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const OWN_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** What a page did that a test should fail on. */
export interface PageReport {
  foreignRequests: string[];
  consoleErrors: string[];
}

export interface AtlasPage {
  page: Page;
  report: PageReport;
  /** Throws when the page asked any host but ours or logged an error. */
  assertClean: () => void;
  close: () => Promise<void>;
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/** A new page whose requests to any other host are refused and recorded, with console errors collected. */
export async function openPage(
  browser: Browser,
  viewport = DESKTOP,
  init: { localStorage?: Record<string, string> } = {},
): Promise<AtlasPage> {
  const context = await browser.newContext({ viewport, locale: 'ar-EG', serviceWorkers: 'block' });
  const report: PageReport = { foreignRequests: [], consoleErrors: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_SCHEMES.has(url.protocol) || OWN_HOSTS.has(url.hostname)) return route.continue();
    report.foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  if (init.localStorage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
    }, init.localStorage);
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.consoleErrors.push(`${error.name || 'uncaught'}: ${error.message}`));
  return {
    page,
    report,
    assertClean: () => {
      if (report.foreignRequests.length)
        throw new Error(`requests left our server: ${report.foreignRequests.join(', ')}`);
      if (report.consoleErrors.length) throw new Error(`console errors: ${report.consoleErrors.join(' | ')}`);
    },
    close: () => context.close(),
  };
}

/** Saves a full-page screenshot to tests/artifacts/<name>.png (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
