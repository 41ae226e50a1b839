// `npm run bench:api [-- --sizes 100000,1000000 --runs 30]`: /api latency against the raw SQL it sends.
// Uses its own database (civic_atlas_bench) on the provisioned server; it grows it to each size in turn.
// BENCH_SMOKE=1: 2,000 associations, 5 runs, in civic_atlas_bench_smoke.
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { loadConfig } from '../server/src/config';
import { createDb, type Db } from '../server/src/db';
import { createLogger } from '../server/src/logger';
import { startServer } from '../server/src/server';
import { provisionDatabase } from '../server/src/provisioning/provision';
import { fillEmptyDatabase } from '../scripts/lib/fill-empty-database';
import { runMain } from '../scripts/lib/open-database';
import { loadSyntheticAssociations } from '../seeds/synthetic';
import { benchDatabaseName, smokeOr } from './lib/smoke';
import { ms, time } from './lib/stats';

const REQUESTS = [
  '/api/associations?governorate=EG-KN&intlCoop=true',
  '/api/associations?bbox=32.55,25.85,32.85,26.25&limit=1000',
  '/api/associations?sector=health&resource=nursery&minMembers=50&limit=1000',
  '/api/associations?q=%D8%AA%D9%86%D9%85%D9%8A%D8%A9%20%D8%A7%D9%84%D9%85%D8%AC%D8%AA%D9%85%D8%B9&limit=100',
  '/api/associations?limit=1000',
  '/api/associations/1',
  '/api/stats?governorate=EG-KN',
];

interface CapturedQuery {
  sql: string;
  bindings: readonly Knex.Value[];
  /** The knex transaction it ran in, if any: its statements are replayed in order, in one transaction. */
  transaction: string | null;
}

/** Statements knex sends to open and close a transaction: the replay opens its own. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

/** A statement that writes (or takes a lock to): replayed, it would change what the next run reads, or collide. */
const WRITES = /^\s*(INSERT|UPDATE|DELETE)\b|\b(INSERT\s+INTO|DELETE\s+FROM|pg_advisory)/i;

/**
 * Records the SQL that one API request sends, to replay it straight to PostgreSQL as the floor. The request runs
 * once first, uncaptured, so work a read does once and lazily is done before: the first /api/stats after a load
 * refreshes the stats cells (BEGIN, an advisory lock, DELETE and INSERT of cells, COMMIT), and that refresh,
 * replayed statement by statement in parallel on pooled connections, inserted cells before their old ones were
 * deleted (duplicate stats_cells_pkey) or left a connection idle in a transaction holding their locks.
 */
async function captureQueries(db: Db, path: string, request: () => Promise<unknown>): Promise<CapturedQuery[]> {
  await request();
  const captured: CapturedQuery[] = [];
  // knex reports builder queries with native $n placeholders and raw ones with ?; replay both through knex.raw.
  const listener = (query: { sql: string; bindings?: readonly Knex.Value[]; __knexTxId?: string }) =>
    captured.push({
      sql: query.sql.replace(/\$\d+/g, '?'),
      bindings: query.bindings ?? [],
      transaction: query.__knexTxId ?? null,
    });
  db.on('query', listener);
  await request();
  db.removeListener('query', listener);
  const write = captured.find((query) => WRITES.test(query.sql));
  if (write)
    throw new Error(
      `${path} still writes when read again, so it has no SQL floor to replay: ${write.sql.trim().slice(0, 120)}`,
    );
  return captured.filter((query) => !TRANSACTION_CONTROL.test(query.sql));
}

/** The captured statements side by side, those of one transaction in order inside a transaction of their own. */
function replay(db: Db, queries: readonly CapturedQuery[]): Promise<unknown> {
  const transactions = new Map<string, CapturedQuery[]>();
  for (const q of queries)
    if (q.transaction) transactions.set(q.transaction, [...(transactions.get(q.transaction) ?? []), q]);
  return Promise.all([
    ...queries.filter((q) => !q.transaction).map((q) => db.raw(q.sql, q.bindings)),
    ...[...transactions.values()].map((statements) =>
      db.transaction(async (trx) => {
        for (const q of statements) await trx.raw(q.sql, q.bindings);
      }),
    ),
  ]);
}

async function countAssociations(db: Db): Promise<number> {
  const [row] = await db('associations').count<{ count: number }[]>('* as count');
  return row?.count ?? 0;
}

async function benchSize(db: Db, baseUrl: string, runs: number): Promise<void> {
  const count = await countAssociations(db);
  console.log(`\n${count.toLocaleString('en')} associations`);
  console.log(
    'request'.padEnd(72),
    'api p50'.padStart(10),
    'api p95'.padStart(10),
    'sql p50'.padStart(10),
    'ratio'.padStart(6),
    ' bytes',
  );
  for (const path of REQUESTS) {
    let bytes = 0;
    const request = async () => {
      const response = await fetch(`${baseUrl}${path}`);
      bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    };
    const queries = await captureQueries(db, path, request);
    const api = await time(request, runs);
    const floor = await time(() => replay(db, queries), runs);
    const shown = decodeURIComponent(path).slice(0, 72).padEnd(72);
    console.log(
      shown,
      ms(api.median).padStart(10),
      ms(api.p95).padStart(10),
      ms(floor.median).padStart(10),
      `${(api.median / floor.median).toFixed(2)}×`.padStart(6),
      ` ${bytes.toLocaleString('en')}`,
    );
  }
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: smokeOr('10000,100000,1000000', '2000') },
      runs: { type: 'string', default: smokeOr('30', '5') },
    },
  });
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  const runs = Number(values.runs);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = await provisionDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    databaseName: benchDatabaseName('civic_atlas_bench'),
    localClusterDir: config.LOCAL_PG_DIR,
    localClusterPort: config.LOCAL_PG_PORT,
    log: (message) => console.log(message),
  });
  const db = createDb(url, config.DATABASE_POOL_MAX);
  await db.migrate.latest();
  await fillEmptyDatabase(db, (message) => console.log(message));
  const server = await startServer({ config, db, logger: createLogger('silent') }, 0, '127.0.0.1');
  console.log(
    `machine: ${(await import('node:os')).cpus().length} cores; ${runs} runs per request after 3 warm-up runs`,
  );
  try {
    await benchSize(db, server.url, runs);
    for (const size of sizes) {
      const count = await countAssociations(db);
      if (count < size) {
        console.log(`\nloading ${(size - count).toLocaleString('en')} synthetic associations…`);
        await loadSyntheticAssociations(db, size - count);
      }
      await benchSize(db, server.url, runs);
    }
  } finally {
    await server.stop();
  }
});
