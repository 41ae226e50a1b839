// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers and is migrated). Readiness
// asks on a connection of its own, with a one-second limit, so a monitor's check never waits behind a busy app pool
// (it answers in milliseconds under load), and a lost database is a 503 that clears by itself when it returns.
import { Router } from 'express';
import { Pool } from 'pg';
import { migrationSource } from '../../../../migrations';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { connectionSettingsOf, whenDbDestroyed } from '../../lib/knex-internals';
import type { Logger } from '../../logger';

const READY_TIMEOUT_MS = 1000;

function readinessPool(db: Db, logger: Logger): Pool {
  const pool = new Pool({
    ...connectionSettingsOf(db),
    application_name: 'civic-atlas-readyz',
    max: 1,
    connectionTimeoutMillis: READY_TIMEOUT_MS,
    options: `-c statement_timeout=${READY_TIMEOUT_MS}`,
    allowExitOnIdle: true,
  });
  // A connection lost while idle (the database restarted): the next check opens a new one.
  pool.on('error', (error) => logger.warn({ err: error }, 'the readiness connection was lost'));
  whenDbDestroyed(db, () => void pool.end());
  return pool;
}

/** Migrations the code has that the database has not run. */
async function pendingMigrations(pool: Pool): Promise<string[]> {
  const known = await migrationSource.getMigrations([]);
  const ran = new Set(
    (await pool.query<{ name: string }>('SELECT name FROM knex_migrations')).rows.map((row) => row.name),
  );
  return known.filter((name) => !ran.has(name));
}

export function healthRoutes({ db, logger }: { db: Db; logger: Logger }): Router {
  const router = Router();
  const pool = readinessPool(db, logger);
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    let pending: string[];
    try {
      pending = await pendingMigrations(pool);
    } catch (error) {
      throw new HttpProblem('unavailable', 'The database cannot be reached', undefined, {
        code: 'database_unavailable',
        cause: error,
      });
    }
    if (pending.length > 0)
      throw new HttpProblem('unavailable', 'The database has migrations still to run', undefined, {
        code: 'migrations_pending',
      });
    res.set('Cache-Control', 'no-store').json({ status: 'ready' });
  });
  return router;
}
