// The two things the app reads of knex beyond its public API: the settings it connects with, and the end of its
// pool, so the pools of its own (tiles, readiness) open to the same database and close when the app's pool closes.
import type { PoolConfig } from 'pg';
import type { Db } from '../db';

interface KnexClientInternals {
  connectionSettings: PoolConfig;
  pool?: { on: (event: 'poolDestroySuccess', listener: () => void) => void };
}

const internalsOf = (db: Db) => (db as unknown as { client: KnexClientInternals }).client;

export const connectionSettingsOf = (db: Db): PoolConfig => ({ ...internalsOf(db).connectionSettings });

/** Calls `listener` once db.destroy() has closed knex's pool (as stopServer() does). */
export function whenDbDestroyed(db: Db, listener: () => void): void {
  internalsOf(db).pool?.on('poolDestroySuccess', listener);
}
