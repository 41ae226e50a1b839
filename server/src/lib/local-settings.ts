// Runs queries in a transaction whose planner settings apply to it alone (set_config(…, true), i.e. SET LOCAL), for
// the few requests the defaults plan badly: JIT compiling for longer than the query runs, parallel workers that
// start slower than a 20 ms answer.
import type { Knex } from 'knex';
import type { Db } from '../db';

/** Compiling and starting workers cost more than they save for queries that answer in milliseconds. */
export const INTERACTIVE: Readonly<Record<string, string>> = { jit: 'off', max_parallel_workers_per_gather: '0' };

export async function withLocalSettings<T>(db: Db, settings: Readonly<Record<string, string>>, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  const entries = Object.entries(settings);
  return db.transaction(async (trx) => {
    await trx.raw(`SELECT ${entries.map(() => 'set_config(?, ?, true)').join(', ')}`, entries.flat());
    return work(trx);
  });
}
