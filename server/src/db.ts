// The knex instance: one pool per process, types for numeric columns, migrations from migrations/index.ts.
import knex, { type Knex } from 'knex';
import { userInfo } from 'node:os';
import { types } from 'pg';
import { migrationSource } from '../../migrations';

// COUNT() and SUM() of integers are bigint (20) / numeric (1700): read them as numbers, they stay far below 2^53.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));
types.setTypeParser(types.builtins.NUMERIC, (value) => Number(value));
// Dates stay as ISO strings (YYYY-MM-DD) rather than shifting through local time zones.
types.setTypeParser(types.builtins.DATE, (value) => value);

export type Db = Knex;

/** Settings every pooled connection starts with. */
const SESSION_SETTINGS = [
  // Fuzzy search (`<%`): how close a word must be to count as a match.
  'SET pg_trgm.word_similarity_threshold = 0.45',
  // The API answers in milliseconds: at a million associations JIT compiled the coverage gaps query for 0.76 s of
  // its 0.92 s and the word corrections of search for longer than the search, and parallel workers started slower
  // than a partner query runs. Concurrency comes from many requests, not from workers inside one.
  'SET jit = off',
  'SET max_parallel_workers_per_gather = 0',
];

type PoolConnection = { query: (sql: string, done: (error: Error | null) => void) => void };

function applySessionSettings(
  connection: PoolConnection,
  done: (error: Error | null, connection: PoolConnection) => void,
) {
  connection.query(SESSION_SETTINGS.join('; '), (error) => done(error, connection));
}

/** A URL with no user name connects as the operating-system user, as psql does (pg would need $USER set). */
export function withDefaultUser(connectionString: string): string {
  const url = new URL(connectionString);
  if (!url.username) url.username = encodeURIComponent(userInfo().username);
  return url.toString();
}

export function createDb(connectionString: string, poolMax = 10): Db {
  return knex({
    client: 'pg',
    connection: { connectionString: withDefaultUser(connectionString), application_name: 'civic-atlas' },
    // Two connections stay open once made: a new one costs 12–22 ms here (docs/SCALING.md), more than a partner
    // query, and an idle pool would otherwise close them all after 30 s and make the next visitor pay for one.
    pool: { min: Math.min(2, poolMax), max: poolMax, afterCreate: applySessionSettings },
    migrations: { migrationSource, tableName: 'knex_migrations' },
  });
}

export async function migrateToLatest(db: Db): Promise<void> {
  await db.migrate.latest();
}
