// `npm run bench:map [-- --runs 5 --size 10000]`: the map in headless Chromium — navigation to every association drawn,
// a filter change to the updated map — on the demo registry and on synthetic data, plus the built bundle's gzip size.
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
import { launchBrowser, DESKTOP } from '../tests/support/browser';
import { renderedAssociations } from '../tests/support/rendered-associations';
import { openBenchDatabase, sizeLabel } from './lib/bench-database';
import { ms, percentile } from './lib/stats';

const DIST = path.resolve(__dirname, '../client/dist');

/** Records, in page time (ms since navigation), each moment the map says it has drawn a new filter query. */
function recordShownQueries(): void {
  const shown: { query: string; at: number }[] = [];
  (window as unknown as { __shown: typeof shown }).__shown = shown;
  new MutationObserver((changes) => {
    for (const change of changes) shown.push({ query: (change.target as HTMLElement).dataset.shownQuery ?? '', at: performance.now() });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-shown-query'] });
}

const shownSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __shown: { at: number }[] }).__shown.length);

async function waitForShown(page: Page, count: number): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as { __shown: unknown[] }).__shown.length >= n, count, { timeout: 120_000 });
  return page.evaluate((n) => (window as unknown as { __shown: { at: number }[] }).__shown[n - 1]?.at ?? Number.NaN, count);
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, best ${ms(sorted[0] ?? Number.NaN)} (${samples.length} runs)`;
};

/** Navigation start → the map has drawn every association of the address bar's filters; a fresh browser context each run. */
async function firstMap(browser: Browser, url: string, runs: number): Promise<{ times: number[]; drawn: number }> {
  const times: number[] = [];
  let drawn = 0;
  for (let run = 0; run < runs + 1; run++) {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.addInitScript(recordShownQueries);
    await page.goto(url);
    const at = await waitForShown(page, 1);
    if (run > 0) times.push(at); // the first run warms the server's caches and the disk
    drawn = (await renderedAssociations(page)).total;
    await context.close();
  }
  return { times, drawn };
}

/** A click on a filter → the map has drawn the new result; each click asks a query not asked before (sectors, one more each time). */
async function filterChanges(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.addInitScript(recordShownQueries);
  await page.goto(url);
  await waitForShown(page, 1);
  const sectors = await page.$$eval('[data-testid=filter-sector] input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const times: number[] = [];
  for (const sector of sectors) {
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

async function benchDataset(browser: Browser, name: string, db: Db, runs: number): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const server = await startServer({ config, db, logger: createLogger('silent') }, 0, '127.0.0.1');
  try {
    const governorates = (await db('governorates').pluck('code')) as string[];
    for (const [label, query] of [['Qena', 'governorate=EG-KN'], ['all governorates', `governorate=${governorates.join(',')}`]] as const) {
      const reply = await fetch(`${server.url}/api/associations?${query}&limit=1`);
      const { numberMatched: matched } = (await reply.json()) as { numberMatched: number };
      const first = await firstMap(browser, `${server.url}/?${query}`, runs);
      console.log(`${name}, ${label}: ${matched.toLocaleString('en')} associations; ${first.drawn.toLocaleString('en')} drawn in view`);
      console.log(`  first map:     ${summary(first.times)}`);
      if (label === 'Qena') console.log(`  filter change: ${summary(await filterChanges(browser, `${server.url}/?${query}`))}`);
    }
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
  const initial = [...readFileSync(path.join(DIST, 'index.html'), 'utf8').matchAll(/"\/(assets\/[^"]+)"/g)].map((match) => path.join(DIST, match[1] ?? ''));
  console.log(`  loaded by index.html, before the map:  ${kb(initial.reduce((sum, file) => sum + gzip(file), 0))}`);
  console.log(`  everything:                            ${kb(files.reduce((sum, file) => sum + gzip(file), 0))}`);
}

async function demoDatabase(): Promise<Db> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = await provisionDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    databaseName: 'civic_atlas_bench_map_demo',
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
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, size: { type: 'string', default: '10000' } } });
  const runs = Number(values.runs);
  const size = Number(values.size);
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('client/dist is missing: run `npm run build:client` first');
  console.log(`machine: ${cpus().length} cores; headless Chromium with WebGL in software (SwiftShader), ${DESKTOP.width}×${DESKTOP.height}`);
  const browser = await launchBrowser();
  try {
    const demo = await demoDatabase();
    await benchDataset(browser, 'demo registry', demo, runs).finally(() => demo.destroy());
    if (size > 0) {
      const synthetic = await openBenchDatabase('civic_atlas_bench_map', size, (message) => console.log(message));
      await benchDataset(browser, `${sizeLabel(size)} synthetic`, synthetic.db, runs).finally(() => synthetic.db.destroy());
    }
  } finally {
    await browser.close();
  }
  bundleSizes();
});
