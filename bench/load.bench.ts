// `npm run bench:load [-- --size 20000 --seconds 60 --connections 50]`: the app in its own process under 50 concurrent
// clients on lists, tiles and profiles while the GIS unit runs import after import; prints the error count (goal 0),
// p50/p95/p99, /readyz while loaded (goal under 100 ms) and the app's RSS before and after (goal: under 20 % growth).
// Loopback only; every loop is bounded in count and time. Exits non-zero when a request, an import or a readiness
// check failed (the goals are printed, not enforced). BENCH_SMOKE=1: 2,000 associations, 10 clients for 5 s.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createUserAccount } from '../server/src/features/users/users.service';
import { dropStaging } from '../server/src/features/imports/read/staging';
import { runMain } from '../scripts/lib/open-database';
import { startAppProcess } from './lib/app-process';
import { openBenchDatabase, sizeLabel } from './lib/bench-database';
import { load } from './lib/http-load';
import { failIfAny, smokeOr } from './lib/smoke';
import { percentile } from './lib/stats';
import { tileOf } from '../tests/support/tile-math';

const GIS_EMAIL = 'bench-load-gis@atlas.test';
const PASSWORD = 'a long enough bench password';
/** At most this many rows in each import run during the load (Qena's associations, as new ones). */
const IMPORT_ROWS = smokeOr(20_000, 300);
const MAX_IMPORTS = 100;

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Lists, profiles and tiles of Qena, mixed as people use them. */
function requestPaths(ids: number[], tiles: string[]): string[] {
  const paths: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    paths.push(`/api/associations?governorate=EG-KN&limit=100&offset=${(i * 100) % 2000}`);
    paths.push(`/api/associations/${ids[i % ids.length]}`);
    paths.push(tiles[i % tiles.length] ?? '/tiles/associations/9/303/215.mvt');
    if (i % 3 === 0) paths.push(`/api/associations?sector=health&governorate=EG-KN&limit=50`);
  }
  return paths;
}

/** Signs in as the GIS unit and runs dry runs of `file` until `stop` says so; returns how many ran. */
async function importUntil(
  baseUrl: string,
  file: Buffer,
  stop: () => boolean,
): Promise<{ imports: number; failures: number }> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: GIS_EMAIL, password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  let imports = 0;
  let failures = 0;
  while (!stop() && imports + failures < MAX_IMPORTS) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'load.csv');
    const reply = await fetch(`${baseUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: form,
    });
    await reply.arrayBuffer();
    if (reply.status === 201) imports += 1;
    else failures += 1;
  }
  return { imports, failures };
}

/** /readyz once a second while `stop` says go on. */
async function sampleReadiness(baseUrl: string, stop: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (!stop() && samples.length < 3600) {
    const started = performance.now();
    const reply = await fetch(`${baseUrl}/readyz`);
    await reply.arrayBuffer();
    samples.push(reply.status === 200 ? performance.now() - started : Number.POSITIVE_INFINITY);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return samples.sort((a, b) => a - b);
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: smokeOr('20000', '2000') },
      seconds: { type: 'string', default: smokeOr('60', '5') },
      connections: { type: 'string', default: smokeOr('50', '10') },
    },
  });
  const size = Number(values.size);
  const seconds = Math.min(600, Number(values.seconds));
  const connections = Math.min(200, Number(values.connections));
  const bench = await openBenchDatabase('civic_atlas_bench_load', size, (message) => console.log(message));
  const { db } = bench;
  if (!(await db('users').where({ email: GIS_EMAIL }).first('id'))) {
    await createUserAccount(db, { email: GIS_EMAIL, password: PASSWORD, role: 'gis', governorates: ['EG-KN'] });
  }
  const ids = (await db('associations')
    .where({ governorate_code: 'EG-KN' })
    .orderBy('id')
    .limit(500)
    .pluck('id')) as number[];
  const points = (
    await db.raw<{ rows: { lon: number; lat: number }[] }>(
      `SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat
         FROM associations WHERE governorate_code = 'EG-KN' ORDER BY id LIMIT ?`,
      [IMPORT_ROWS],
    )
  ).rows;
  const tiles = points.slice(0, 200).flatMap(({ lon, lat }) =>
    [9, 12, 15].map((z) => {
      const { x, y } = tileOf(lon, lat, z);
      return `/tiles/associations/${z}/${x}/${y}.mvt`;
    }),
  );
  const csvLines = points.map(({ lon, lat }, i) => `LOAD-${i},جمعية تحت الحمل ${i},أهلية,${lon},${lat}`);
  const file = Buffer.from(`REG_NO,NAME_AR,KIND,lon,lat\n${csvLines.join('\n')}\n`);

  const app = await startAppProcess(bench.url, db, { IMPORT_MAX_MB: '200', TILE_CACHE_MB: '64' });
  const failures: string[] = [];
  try {
    // Warm up.
    await load({ baseUrl: app.baseUrl, paths: requestPaths(ids, tiles), connections: 4, seconds: smokeOr(5, 1) });
    const rssBefore = await rssMiB(app.pid);
    let done = false;
    let peakRss = rssBefore;
    const watcher = setInterval(() => void rssMiB(app.pid).then((rss) => (peakRss = Math.max(peakRss, rss))), 500);
    const importing = importUntil(app.baseUrl, file, () => done);
    const readiness = sampleReadiness(app.baseUrl, () => done);
    const result = await load({ baseUrl: app.baseUrl, paths: requestPaths(ids, tiles), connections, seconds });
    done = true;
    const [imports, ready] = await Promise.all([importing, readiness]);
    clearInterval(watcher);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssAfter = await rssMiB(app.pid);
    const growth = (rssAfter / rssBefore - 1) * 100;
    console.log(
      `\nbench:load — ${sizeLabel(bench.count)} associations, ${connections} clients for ${seconds} s, ` +
        `${os.cpus().length} cores (loopback)`,
    );
    console.log(
      `requests      ${result.requests} (${result.perSecond.toFixed(0)}/s), errors ${result.errors} (goal 0)`,
    );
    console.log(
      `latency       p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
    );
    console.log(
      `imports       ${imports.imports} dry runs of ${points.length} rows during the load, ` +
        `${imports.failures} refused or failed`,
    );
    const readyMax = ready[ready.length - 1] ?? 0;
    console.log(
      `readyz        p50 ${percentile(ready, 0.5).toFixed(1)} ms, max ${readyMax.toFixed(1)} ms ` +
        `over ${ready.length} checks (goal < 100 ms)`,
    );
    const sign = growth >= 0 ? '+' : '';
    console.log(
      `app RSS       ${rssBefore.toFixed(0)} MiB before, ${peakRss.toFixed(0)} MiB peak, ` +
        `${rssAfter.toFixed(0)} MiB after: ${sign}${growth.toFixed(1)} % (goal < 20 %)`,
    );
    if (result.errors > 0) failures.push(`${result.errors} requests failed under load`);
    if (imports.failures > 0) failures.push(`${imports.failures} imports refused or failed during the load`);
    if (imports.imports === 0) failures.push('no import ran during the load');
    const unready = ready.filter((sample) => !Number.isFinite(sample)).length;
    if (unready > 0) failures.push(`/readyz failed ${unready} times of ${ready.length}`);
  } finally {
    await app.stop();
    // The run's dry runs, their staging tables and the GIS unit's sessions go, so nothing piles up from run to run.
    const runImports = (await db('imports').where({ file_name: 'load.csv' }).pluck('id')) as number[];
    for (const id of runImports) await dropStaging(db, id);
    await db('imports').whereIn('id', runImports).delete();
    await db('sessions')
      .whereIn('user_id', db('users').where({ email: GIS_EMAIL }).select('id'))
      .delete();
    await db.raw('VACUUM imports, import_errors, sessions'); // autovacuum is off on some machines
    await db.destroy();
  }
  failIfAny(failures);
});
