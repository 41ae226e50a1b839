// Benchmark databases on the provisioned server, one per size (civic_atlas_bench_tiles_10k, …), reused when already
// at size.
import { loadConfig } from '../../server/src/config';
import { createDb, type Db } from '../../server/src/db';
import { provisionDatabase } from '../../server/src/provisioning/provision';
import { loadBoundaries } from '../../seeds/boundaries';
import { LOADED_TABLES, loadSyntheticAssociations } from '../../seeds/synthetic';
import { refreshStatsCells } from '../../server/src/features/stats/stats-cells.queries';

export interface BenchDatabase {
  url: string;
  db: Db;
  count: number;
}

/** 10000 → "10k", 1000000 → "1m". */
export const sizeLabel = (size: number) =>
  size >= 1_000_000 && size % 1_000_000 === 0
    ? `${size / 1_000_000}m`
    : size >= 1000 && size % 1000 === 0
      ? `${size / 1000}k`
      : String(size);

async function countAssociations(db: Db): Promise<number> {
  const [row] = await db('associations').count<{ count: number }[]>('* as count');
  return row?.count ?? 0;
}

/** A migrated database `<prefix>_<label>` holding exactly `size` synthetic associations over the real boundaries. */
export async function openBenchDatabase(
  prefix: string,
  size: number,
  log: (message: string) => void,
): Promise<BenchDatabase> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = await provisionDatabase({
    databaseUrl: undefined,
    databaseName: `${prefix}_${sizeLabel(size)}`,
    localClusterDir: config.LOCAL_PG_DIR,
    localClusterPort: config.LOCAL_PG_PORT,
    log,
  });
  const db = createDb(url, 8);
  await db.migrate.latest();
  if (!(await db('governorates').first('code'))) await loadBoundaries(db);
  const count = await countAssociations(db);
  if (count > size)
    throw new Error(`${url} already holds ${count} associations, more than ${size}: drop it to start again`);
  if (count < size) {
    const started = performance.now();
    log(`loading ${(size - count).toLocaleString('en')} synthetic associations into ${prefix}_${sizeLabel(size)}…`);
    await loadSyntheticAssociations(db, size - count, {
      onProgress: (done, total) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${seconds} s)`);
      },
    });
    // Synthetic rows arrive in random places; stored in spatial order, a tile reads a few pages, not one per point
    // (docs/SCALING.md: the same step after a large import).
    log('clustering associations in spatial order…');
    await db.raw('CLUSTER associations USING associations_geom_gist');
  }
  // Fresh statistics and visibility maps whatever autovacuum does (it is off on some machines), for every table the
  // loader wrote: index-only scans and the planner's estimates depend on them. With association_resources left
  // unvacuumed, the stats of Qena hashed all 2.4M resource rows instead of reading the covering index (1.6 s, not
  // 0.4 s).
  await db.raw(`VACUUM ANALYZE ${LOADED_TABLES.join(', ')}`);
  // The districts the load marked are recomputed before anything is timed (14 s at a million).
  await refreshStatsCells(db);
  return { url, db, count: size };
}
