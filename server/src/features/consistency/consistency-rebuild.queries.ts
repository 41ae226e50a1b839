// Rebuilds every piece of derived state from the base tables, in one transaction: writers wait for it, readers go on
// reading the old state until it commits. Derived columns first (district, cooperation, facets: their own triggers
// follow), then the tables derived from them (grids, search words, stats cells), then a data version for the caches.
import type { Knex } from 'knex';
import type { Db } from '../../db';
import { STATS_REFRESH_LOCK } from '../stats/stats-cells.queries';
import { RECOMPUTE_CELLS } from '../stats/stats.sql';
import {
  ASSOCIATION_COOPERATION,
  ASSOCIATION_FACETS,
  ASSOCIATION_PLACES,
  PLACE_PLACES,
  SEARCH_WORDS_OF_ASSOCIATIONS,
} from './consistency.sql';

/** Base tables: locked against writes (SHARE ROW EXCLUSIVE: reads go on, one rebuild at a time). */
const BASE_TABLES = [
  'governorates',
  'districts',
  'villages',
  'social_units',
  'associations',
  'association_sectors',
  'association_resources',
  'intl_programmes',
];

export interface RebuildReport {
  /** Rows each step changed, by step name. */
  changed: Record<string, number>;
  /** Live associations that lie outside every district now: left where they are (the check goes on reporting them). */
  stranded: number;
  milliseconds: number;
}

/**
 * Only where they differ: setting the codes makes locate_in_district look the point up again (an update that
 * keeps them is skipped), so the trigger itself writes the true district; outside every district it is left.
 */
const RELOCATE_ASSOCIATIONS = `
  UPDATE associations a SET district_code = x.new_district, governorate_code = x.new_governorate
    FROM (${ASSOCIATION_PLACES}) x
   WHERE a.id = x.id AND x.new_district IS NOT NULL
     AND (x.district_code, x.governorate_code) IS DISTINCT FROM (x.new_district, x.new_governorate)`;

const STRANDED_ASSOCIATIONS = `SELECT count(*)::int AS n FROM (${ASSOCIATION_PLACES}) x WHERE x.new_district IS NULL`;

const RELOCATE_PLACES = (table: 'villages' | 'social_units') => `
  UPDATE ${table} v SET district_code = x.new_district, governorate_code = x.new_governorate
    FROM (${PLACE_PLACES(table)}) x
   WHERE v.id = x.id AND (x.district_code, x.governorate_code) IS DISTINCT FROM (x.new_district, x.new_governorate)`;

const RESET_COOPERATION = `
  UPDATE associations a SET intl_coop = x.new_intl_coop FROM (${ASSOCIATION_COOPERATION}) x
   WHERE a.id = x.id AND x.intl_coop <> x.new_intl_coop`;

const RESET_FACETS = `
  UPDATE associations a SET facets = x.new_facets FROM (${ASSOCIATION_FACETS}) x
   WHERE a.id = x.id AND x.facets IS DISTINCT FROM x.new_facets`;

/** DELETE rather than TRUNCATE: tiles go on being drawn from the old grid until the new one commits. */
const REFILL_GRID = `SELECT association_grid_apply(ARRAY(
    SELECT association_grid_delta_of(1, a) FROM associations a WHERE a.deleted_at IS NULL))`;
const REFILL_FACET_GRID = `SELECT association_facet_grid_apply(ARRAY(
    SELECT association_grid_delta_of(1, a) FROM associations a WHERE a.deleted_at IS NULL AND a.facets <> '{}'))`;

const DROP_UNUSED_WORDS = `DELETE FROM search_words s WHERE s.word NOT IN (${SEARCH_WORDS_OF_ASSOCIATIONS})`;
const ADD_MISSING_WORDS = `INSERT INTO search_words (word) ${SEARCH_WORDS_OF_ASSOCIATIONS} ON CONFLICT DO NOTHING`;

/** A new data version, announced on commit: tile caches drop what they drew from the old grids. */
const BUMP_DATA_VERSION = `SELECT pg_notify('association_data_version', nextval('association_data_version')::text)`;

async function count(trx: Knex.Transaction, sql: string, bindings: Knex.RawBinding[] = []): Promise<number> {
  const result = await trx.raw<{ rowCount: number | null }>(sql, bindings);
  return result.rowCount ?? 0;
}

export async function rebuildDerivedState(db: Db): Promise<RebuildReport> {
  const started = performance.now();
  const report = await db.transaction(async (trx) => {
    await trx.raw(`LOCK TABLE ${BASE_TABLES.join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
    // No stats refresh runs while the cells are rebuilt.
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [STATS_REFRESH_LOCK]);
    // The grid functions sort one row per association and zoom: in memory rather than in temporary files.
    await trx.raw("SET LOCAL work_mem = '256MB'");
    const changed: Record<string, number> = {};
    changed['associations placed again'] = await count(trx, RELOCATE_ASSOCIATIONS);
    changed['villages placed again'] = await count(trx, RELOCATE_PLACES('villages'));
    changed['social units placed again'] = await count(trx, RELOCATE_PLACES('social_units'));
    changed['cooperation corrected'] = await count(trx, RESET_COOPERATION);
    changed['facets corrected'] = await count(trx, RESET_FACETS);
    changed['tile grid rows removed'] = await count(trx, 'DELETE FROM association_grid');
    await trx.raw(REFILL_GRID);
    changed['tile grid rows written'] = await tableSize(trx, 'association_grid');
    changed['facet grid rows removed'] = await count(trx, 'DELETE FROM association_facet_grid');
    await trx.raw(REFILL_FACET_GRID);
    changed['facet grid rows written'] = await tableSize(trx, 'association_facet_grid');
    changed['unused search words removed'] = await count(trx, DROP_UNUSED_WORDS);
    changed['missing search words added'] = await count(trx, ADD_MISSING_WORDS);
    // Every district is recomputed: the marks (the steps above made some) have nothing left to say.
    await trx.raw('DELETE FROM stats_dirty');
    changed['stats cells removed'] = await count(trx, 'DELETE FROM stats_cells');
    const districts = (await trx('districts').orderBy('code').pluck('code')) as string[];
    changed['stats cells written'] = await count(trx, RECOMPUTE_CELLS, [districts]);
    await trx.raw(BUMP_DATA_VERSION);
    const { rows } = await trx.raw<{ rows: { n: number }[] }>(STRANDED_ASSOCIATIONS);
    return { changed, stranded: rows[0]?.n ?? 0 };
  });
  // Fresh statistics for the planner, outside the transaction (VACUUM cannot run in one); the removed rows go too.
  await db.raw('VACUUM ANALYZE association_grid, association_facet_grid, search_words, stats_cells, stats_dirty');
  return { ...report, milliseconds: Math.round(performance.now() - started) };
}

async function tableSize(trx: Knex.Transaction, table: string): Promise<number> {
  const { rows } = await trx.raw<{ rows: { n: number }[] }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}
