// `npm run bench:networking [-- --runs 30 --size 1000000]`: search, partner finder and coverage latency on a benchmark
// database, with the issue's targets beside them: BENCH_DATABASE_URL, else bench:tiles' database of --size
// associations (civic_atlas_bench_tiles_1m; made if missing). BENCH_SMOKE=1: 2,000 associations, 5 runs.
// The app runs in a process of its own, as for the tile benchmark, and each request is sent alone (one connection,
// kept alive), so the client's work does not queue on the server's event loop.
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { createDb, type Db } from '../server/src/db';
import { runMain } from '../scripts/lib/open-database';
import { startAppProcess } from './lib/app-process';
import { openBenchDatabase } from './lib/bench-database';
import { load } from './lib/http-load';
import { smokeOr } from './lib/smoke';
import { ms } from './lib/stats';

const QUS = 'lon=32.76297&lat=25.91567';
const search = (q: string) => `/api/search?q=${encodeURIComponent(q)}`;
/** Name, path and target p95 in ms (null: no target, shown for comparison). */
const REQUESTS: [string, string, number | null][] = [
  ['search, Arabic with a typo', search('جمعية تنمبة المجتمع'), 50],
  ['search, registration number', search('QN-2010'), 50],
  ['search, a whole common name', search('جمعية تنمية المجتمع المحلي بقوص'), 50],
  ['search, a village name', search('قوص'), 50],
  ['search, a Latin name', search('youth development'), 50],
  ['list filter q, with a typo', `/api/associations?q=${encodeURIComponent('جمعية تنمبة المجتمع')}&limit=20`, null],
  ['list filter q, a registration number', `/api/associations?q=QN-2010&limit=20`, null],
  ['partners near Qus, need a nursery', `/api/partners?${QUS}&resource=nursery&radiusKm=25`, 20],
  ['partners near Qus, health + intl coop', `/api/partners?${QUS}&sector=health&intlCoop=true&radiusKm=25`, 20],
  ['coverage of Qena', '/api/coverage?governorate=EG-KN', 500],
  ['coverage of Qena, dispensary gaps 5 km', '/api/coverage?governorate=EG-KN&resource=dispensary&radiusKm=5', 500],
];

runMain(async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: smokeOr('30', '5') },
      size: { type: 'string', default: smokeOr('1000000', '2000') },
    },
  });
  const given = process.env.BENCH_DATABASE_URL;
  const { url, db }: { url: string; db: Db } = given
    ? { url: given, db: createDb(given, 2) }
    : await openBenchDatabase('civic_atlas_bench_tiles', Number(values.size), (message) => console.log(message));
  await db.migrate.latest();
  const app = await startAppProcess(url, db, {});
  try {
    const [row] = await db('associations').count<{ count: number }[]>('* as count');
    const loadAverage = loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    console.log(
      `${Number(row?.count).toLocaleString('en')} associations; ${cpus().length} cores, load ${loadAverage}; ` +
        `${values.runs} runs after 3 warm-up runs`,
    );
    console.log('request'.padEnd(42), 'p50'.padStart(10), 'p95'.padStart(10), 'target p95'.padStart(11));
    for (const [name, path, target] of REQUESTS) {
      const send = (times: number) =>
        load({ baseUrl: app.baseUrl, paths: Array<string>(times).fill(path), connections: 1, once: true });
      await send(3);
      const timing = await send(Number(values.runs));
      if (timing.errors > 0) throw new Error(`${path} failed ${timing.errors} times`);
      console.log(
        name.padEnd(42),
        ms(timing.p50).padStart(10),
        ms(timing.p95).padStart(10),
        (target === null ? '—' : ms(target)).padStart(11),
      );
    }
  } finally {
    await app.stop();
    await db.destroy();
  }
});
