// Keeps the stats cells current: before a read, what writes have marked since (stats_dirty: districts, or
// associations whose district is read now) is recomputed from the registry. One refresher at a time across
// processes (an advisory lock) and one shared refresh per process (readers wait for it holding no connection);
// each takes only the marks its snapshot sees, and their writes with them, so a write committed meanwhile stays
// marked for the next round.
import type { Db } from '../../db';
import { RECOMPUTE_CELLS } from './stats.sql';

/** Taken for the transaction that refreshes (and by a rebuild of every cell); a constant used for nothing else. */
export const STATS_REFRESH_LOCK = 'civic_atlas.stats_cells';

/** A reader waits for at most this many refreshes: enough to take in its own writes while others keep writing. */
const MAX_ROUNDS = 3;

const TAKE_MARKED_DISTRICTS = `
  WITH marks AS (DELETE FROM stats_dirty RETURNING district_code, association_id)
  SELECT district_code FROM marks WHERE district_code IS NOT NULL
  UNION
  SELECT a.district_code FROM associations a WHERE a.id IN (SELECT association_id FROM marks)`;

const running = new WeakMap<Db, Promise<void>>();

export async function refreshStatsCells(db: Db): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const { rows } = await db.raw<{ rows: { marked: boolean }[] }>(
      'SELECT EXISTS (SELECT 1 FROM stats_dirty) AS marked',
    );
    if (!rows[0]?.marked) return;
    let refresh = running.get(db);
    if (!refresh) {
      refresh = recomputeMarked(db).finally(() => running.delete(db));
      running.set(db, refresh);
    }
    await refresh;
  }
}

async function recomputeMarked(db: Db): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [STATS_REFRESH_LOCK]);
    // A statement of its own, after the lock: its snapshot sees what an earlier refresher committed, and holds every
    // write whose mark it takes, so the districts of marked associations are read as those writes left them.
    const { rows } = await trx.raw<{ rows: { district_code: string }[] }>(TAKE_MARKED_DISTRICTS);
    const districts = rows.map((row) => row.district_code);
    if (districts.length === 0) return;
    await trx.raw('DELETE FROM stats_cells WHERE district_code = ANY(?::text[])', [districts]);
    await trx.raw(RECOMPUTE_CELLS, [districts]);
  });
}
