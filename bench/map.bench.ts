// `npm run bench:map [-- --runs 5 --size 10000]`: the map in headless Chromium — navigation to every association drawn
// and to the basemap drawn, a filter change to the updated map — on the demo registry and on synthetic data; the
// basemap's tile times over the Qena window; the geodata build's time; and the built bundle's gzip size. Needs Debian's
// Chromium (skipped with a message without it) and the built client (`npm run build:client`). BENCH_SMOKE=1: the
// demo registry only (in civic_atlas_bench_map_demo_smoke; the synthetic set runs the same steps on more rows), one
// run of each, 4 filter changes, and no geodata build (about 90 s here whatever the mode: it has no small size).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../server/src/config';
import { createDb, type Db } from '../server/src/db';
import { createLogger } from '../server/src/logger';
import { provisionDatabase } from '../server/src/provisioning/provision';
import { startServer } from '../server/src/server';
import { fillEmptyDatabase } from '../scripts/lib/fill-empty-database';
import { runMain } from '../scripts/lib/open-database';
import { CHROMIUM_PATH } from '../scripts/lib/chromium';
import { launchBrowser, DESKTOP } from '../tests/support/browser';
import { renderedAssociations } from '../tests/support/rendered-associations';
import { BASEMAP_ZOOMS, measureBasemapTiles, type BasemapTimings } from './lib/basemap-tiles';
import { openBenchDatabase, sizeLabel } from './lib/bench-database';
import { geodataBuildUnavailable, timeGeodataBuild } from './lib/geodata-build';
import { benchDatabaseName, failIfAny, skipped, SMOKE, smokeOr } from './lib/smoke';
import { ms, percentile } from './lib/stats';

const DIST = path.resolve(__dirname, '../client/dist');

/** Records, in page time (ms since navigation), each moment the map says it has drawn a new filter query. */
function recordShownQueries(): void {
  const shown: { query: string; at: number }[] = [];
  (window as unknown as { __shown: typeof shown }).__shown = shown;
  new MutationObserver((changes) => {
    for (const change of changes)
      shown.push({ query: (change.target as HTMLElement).dataset.shownQuery ?? '', at: performance.now() });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-shown-query'] });
}

/** Records, in page time, the first moment the map is idle with every basemap tile of the view drawn. */
function recordBasemapDrawn(): void {
  const watch = window.setInterval(() => {
    const map = window.__atlasMap;
    if (!map) return;
    window.clearInterval(watch);
    map.on('idle', () => {
      const page = window as unknown as { __basemapAt?: number };
      if (page.__basemapAt === undefined && map.getSource('basemap') && map.isSourceLoaded('basemap'))
        page.__basemapAt = performance.now();
    });
  }, 5);
}

const basemapDrawnAt = async (page: Page): Promise<number> => {
  await page.waitForFunction(
    () => (window as unknown as { __basemapAt?: number }).__basemapAt !== undefined,
    undefined,
    { timeout: 120_000 },
  );
  return page.evaluate(() => (window as unknown as { __basemapAt: number }).__basemapAt);
};

const shownSoFar = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shown: { at: number }[] }).__shown.length);

async function waitForShown(page: Page, count: number): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as { __shown: unknown[] }).__shown.length >= n, count, {
    timeout: 120_000,
  });
  return page.evaluate(
    (n) => (window as unknown as { __shown: { at: number }[] }).__shown[n - 1]?.at ?? Number.NaN,
    count,
  );
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const best = sorted[0] ?? Number.NaN;
  return (
    `median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, best ${ms(best)} ` +
    `(${samples.length} runs)`
  );
};

interface FirstMap {
  /** Navigation start → every association of the address bar's filters drawn. */
  times: number[];
  /** Navigation start → the map idle with its basemap (land, Nile, railways, towns) drawn too. */
  withBasemap: number[];
  drawn: number;
}

/** A fresh browser context each run; the first run is not counted: it warms the server's caches and the disk. */
async function firstMap(browser: Browser, url: string, runs: number): Promise<FirstMap> {
  const result: FirstMap = { times: [], withBasemap: [], drawn: 0 };
  for (let run = 0; run < runs + 1; run++) {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.addInitScript(recordShownQueries);
    await page.addInitScript(recordBasemapDrawn);
    await page.goto(url);
    const at = await waitForShown(page, 1);
    const basemapAt = await basemapDrawnAt(page);
    if (run > 0) {
      result.times.push(at);
      result.withBasemap.push(Math.max(at, basemapAt));
    }
    result.drawn = (await renderedAssociations(page)).total;
    await context.close();
  }
  return result;
}

/** Filter changes timed: every sector, or in smoke mode the first few. */
const FILTER_CHANGES = smokeOr(Number.POSITIVE_INFINITY, 4);

/**
 * A click on a filter → the map has drawn the new result; each click asks a query not asked before (sectors, one
 * more each time).
 */
async function filterChanges(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.addInitScript(recordShownQueries);
  await page.goto(url);
  await waitForShown(page, 1);
  const sectors = await page.$$eval('[data-testid=filter-sector] input', (inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
  const times: number[] = [];
  for (const sector of sectors.slice(0, FILTER_CHANGES)) {
    const before = await shownSoFar(page);
    const clickedAt = await page.evaluate((value) => {
      const started = performance.now();
      document.querySelector<HTMLInputElement>(`[data-testid=filter-sector] input[value="${value}"]`)?.click();
      return started;
    }, sector);
    times.push((await waitForShown(page, before + 1)) - clickedAt);
  }
  await context.close();
  return times;
}

function printBasemapTiles(timings: BasemapTimings): void {
  const pair = ({ p50, p95 }: { p50: number; p95: number }) => `p50 ${ms(p50)}, p95 ${ms(p95)}`;
  console.log(
    `  basemap tiles, Qena window z${BASEMAP_ZOOMS.from}–${BASEMAP_ZOOMS.to} (${timings.tiles} tiles, each once):`,
  );
  console.log(`    raw SQL floor: ${pair(timings.sqlFloor)}`);
  console.log(
    `    uncached:      ${pair(timings.uncached)} ` +
      `(goal p95 ≤ 20 ms; ×${(timings.uncached.p50 / timings.sqlFloor.p50).toFixed(2)} the floor at p50)`,
  );
  console.log(`    cached:        ${pair(timings.cached)}`);
  console.log(
    `    largest tile:  ${(timings.largestBytes / 1024).toFixed(1)} KB uncompressed at ${timings.largestTile} ` +
      '(goal ≤ 200 KB)',
  );
}

/** Prints the dataset's figures; returns what failed (a view that matched associations but drew none). */
async function benchDataset(browser: Browser, name: string, db: Db, runs: number): Promise<string[]> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const server = await startServer({ config, db, logger: createLogger('silent') }, 0, '127.0.0.1');
  const failures: string[] = [];
  try {
    console.log(`${name}:`);
    printBasemapTiles(await measureBasemapTiles(server.url, db)); // first, while the server's basemap cache is empty
    const governorates = (await db('governorates').pluck('code')) as string[];
    for (const [label, query] of [
      ['Qena', 'governorate=EG-KN'],
      ['all governorates', `governorate=${governorates.join(',')}`],
    ] as const) {
      const reply = await fetch(`${server.url}/api/associations?${query}&limit=1`);
      const { numberMatched: matched } = (await reply.json()) as { numberMatched: number };
      const first = await firstMap(browser, `${server.url}/?${query}`, runs);
      console.log(
        `${name}, ${label}: ${matched.toLocaleString('en')} associations; ` +
          `${first.drawn.toLocaleString('en')} drawn in view`,
      );
      if (matched > 0 && first.drawn === 0)
        failures.push(`${name}, ${label}: ${matched} associations matched, none drawn`);
      console.log(`  first map:     ${summary(first.times)}`);
      console.log(`  with basemap:  ${summary(first.withBasemap)} (goal < 1.5 s)`);
      if (label === 'Qena')
        console.log(`  filter change: ${summary(await filterChanges(browser, `${server.url}/?${query}`))}`);
    }
    return failures;
  } finally {
    await server.stop();
  }
}

function bundleSizes(): void {
  const files = readdirSync(path.join(DIST, 'assets')).map((file) => path.join(DIST, 'assets', file));
  const gzip = (file: string) => gzipSync(readFileSync(file)).byteLength;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('\nbundle (gzip):');
  for (const file of files) console.log(`  ${path.basename(file).padEnd(40)} ${kb(gzip(file)).padStart(10)}`);
  // What index.html loads (its script, styles and module preloads) comes before the lazily loaded map chunk.
  const initial = [...readFileSync(path.join(DIST, 'index.html'), 'utf8').matchAll(/"\/(assets\/[^"]+)"/g)].map(
    (match) => path.join(DIST, match[1] ?? ''),
  );
  console.log(`  loaded by index.html, before the map:  ${kb(initial.reduce((sum, file) => sum + gzip(file), 0))}`);
  console.log(`  everything:                            ${kb(files.reduce((sum, file) => sum + gzip(file), 0))}`);
}

async function demoDatabase(): Promise<Db> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = await provisionDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    databaseName: benchDatabaseName('civic_atlas_bench_map_demo'),
    localClusterDir: config.LOCAL_PG_DIR,
    localClusterPort: config.LOCAL_PG_PORT,
    log: (message) => console.log(message),
  });
  const db = createDb(url, 8);
  await db.migrate.latest();
  await fillEmptyDatabase(db, (message) => console.log(message));
  return db;
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: smokeOr('5', '1') },
      size: { type: 'string', default: smokeOr('10000', '0') },
    },
  });
  const runs = Number(values.runs);
  const size = Number(values.size);
  if (!existsSync(CHROMIUM_PATH)) {
    skipped('bench:map', `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return;
  }
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error('client/dist is missing: run `npm run build:client` first');
  console.log(
    `machine: ${cpus().length} cores; headless Chromium with WebGL in software (SwiftShader), ` +
      `${DESKTOP.width}×${DESKTOP.height}`,
  );
  const failures: string[] = [];
  const browser = await launchBrowser();
  try {
    const unavailable = SMOKE ? 'not in smoke mode: it has no small size (about 90 s here)' : geodataBuildUnavailable();
    if (unavailable) skipped('the geodata build', unavailable);
    else {
      const geodata = timeGeodataBuild();
      console.log(
        `geodata build: ${geodata.totalSeconds.toFixed(1)} s, of which ${geodata.addedSeconds.toFixed(1)} s ` +
          'added by the physical data, the district fill and the basemap (goal ≤ 60 s added)',
      );
    }
    const demo = await demoDatabase();
    failures.push(...(await benchDataset(browser, 'demo registry', demo, runs).finally(() => demo.destroy())));
    if (size === 0) skipped('the synthetic dataset', '--size 0 (the default in smoke mode)');
    else {
      const synthetic = await openBenchDatabase('civic_atlas_bench_map', size, (message) => console.log(message));
      failures.push(
        ...(await benchDataset(browser, `${sizeLabel(size)} synthetic`, synthetic.db, runs).finally(() =>
          synthetic.db.destroy(),
        )),
      );
    }
  } finally {
    await browser.close();
  }
  bundleSizes();
  failIfAny(failures);
});
