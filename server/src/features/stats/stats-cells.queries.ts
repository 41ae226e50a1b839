// Keeps the stats cells current: before a read, the districts that writes have marked since (stats_dirty) are
// recomputed from the registry. One refresher at a time (an advisory lock); each takes only the marks its own
// snapshot sees, and their writes with them, so a write committed meanwhile stays marked for the next read.
import type { Db } from '../../db';
import { RECOMPUTE_CELLS } from './stats.sql';

/** Taken for the transaction that refreshes; any constant the app uses for nothing else. */
const REFRESH_LOCK = 'civic_atlas.stats_cells';

export async function refreshStatsCells(db: Db): Promise<void> {
  const { rows } = await db.raw<{ rows: { marked: boolean }[] }>('SELECT EXISTS (SELECT 1 FROM stats_dirty) AS marked');
  if (!rows[0]?.marked) return;
  await db.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [REFRESH_LOCK]);
    // A statement of its own, after the lock: its snapshot sees what an earlier refresher committed.
    const marks = await trx.raw<{ rows: { district_code: string }[] }>('DELETE FROM stats_dirty RETURNING district_code');
    const districts = [...new Set(marks.rows.map((mark) => mark.district_code))];
    if (districts.length === 0) return;
    await trx('stats_cells').whereIn('district_code', districts).delete();
    await trx.raw(RECOMPUTE_CELLS, [districts]);
  });
}
