// Owns the throw-away PostGIS database of one build: create it, hand out a client, always drop it.
import { randomBytes } from 'node:crypto';
import { Client, type QueryResultRow } from 'pg';

export type Db = Pick<Client, 'query'>;

/** Runs a statement and returns its rows, typed by the caller. */
export async function rows<R extends QueryResultRow>(db: Db, sql: string, params: unknown[] = []): Promise<R[]> {
  const result = await db.query<R>(sql, params);
  return result.rows;
}

/** Runs a statement for its effect; with GEODATA_TIMING set, prints how long it took (to find a slow step). */
export async function exec(db: Db, sql: string, params: unknown[] = []): Promise<void> {
  const started = performance.now();
  await db.query(sql, params);
  if (process.env.GEODATA_TIMING) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${seconds} s  ${sql.trim().slice(0, 70)} ${JSON.stringify(params).slice(0, 60)}`);
  }
}

/**
 * Creates `geodata_build_<random>` next to the admin database, enables PostGIS (+ topology) there, runs `work`
 * against it and drops it afterwards, whatever happens.
 */
export async function withTemporaryPostgis<T>(adminUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const name = `geodata_build_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const db = new Client({ connectionString: url.toString() });
      await db.connect();
      try {
        await db.query('CREATE EXTENSION postgis; CREATE EXTENSION postgis_topology;');
        return await work(db);
      } finally {
        await db.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
