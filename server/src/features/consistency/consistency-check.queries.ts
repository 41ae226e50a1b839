// The consistency check: every piece of derived state recomputed from the base tables and compared with what is
// stored, all in one read-only REPEATABLE READ snapshot, so it is safe on a live database and sees one moment of it.
import type { Knex } from 'knex';
import type { Db } from '../../db';
import { CELLS_OF_DISTRICTS } from '../stats/stats.sql';
import {
  COMPARE_ASSOCIATION_GRID,
  COMPARE_ASSOCIATION_PLACES,
  COMPARE_COOPERATION,
  COMPARE_FACET_GRID,
  COMPARE_FACETS,
  COMPARE_SEARCH_WORDS,
  COMPARE_SOCIAL_UNIT_PLACES,
  COMPARE_STATS_CELLS,
  COMPARE_TRIGGERS,
  COMPARE_VILLAGE_PLACES,
  PENDING_STATS_DISTRICTS,
  SUMMARY_OF,
} from './consistency.sql';

export interface Difference {
  district: string | null;
  key: string;
  stored: unknown;
  expected: unknown;
}

export interface CheckResult {
  /** What is checked, e.g. "tile grid", and where it is stored. */
  name: string;
  stored: string;
  compared: number;
  differences: number;
  /** Differences the design allows (words no association uses any more); never a failure. */
  tolerated: number;
  /** Differences per district code. */
  byDistrict: Record<string, number>;
  /** The first few differences. */
  examples: Difference[];
  milliseconds: number;
}

export interface ConsistencyReport {
  results: CheckResult[];
  /** Districts whose stats cells wait for the next read to be refreshed: not compared. */
  pendingStatsDistricts: string[];
  /** The association data version (a sequence: nothing to recompute, only its triggers to check). */
  dataVersion: number;
  differences: number;
  milliseconds: number;
}

interface Check {
  name: string;
  stored: string;
  /** The comparison and its bindings (SUMMARY_OF's own binding comes after them). */
  comparison: (districts: { pendingDistricts: string[]; settledDistricts: string[] }) => [string, unknown[]];
}

const CHECKS: Check[] = [
  {
    name: 'district lookup: associations',
    stored: 'associations.district_code, governorate_code',
    comparison: () => [COMPARE_ASSOCIATION_PLACES, []],
  },
  {
    name: 'district lookup: villages',
    stored: 'villages.district_code, governorate_code',
    comparison: () => [COMPARE_VILLAGE_PLACES, []],
  },
  {
    name: 'district lookup: social units',
    stored: 'social_units.district_code, governorate_code',
    comparison: () => [COMPARE_SOCIAL_UNIT_PLACES, []],
  },
  { name: 'cooperation', stored: 'associations.intl_coop', comparison: () => [COMPARE_COOPERATION, []] },
  { name: 'facets', stored: 'associations.facets', comparison: () => [COMPARE_FACETS, []] },
  { name: 'search words', stored: 'search_words', comparison: () => [COMPARE_SEARCH_WORDS, []] },
  { name: 'tile grid', stored: 'association_grid', comparison: () => [COMPARE_ASSOCIATION_GRID, []] },
  { name: 'facet grid', stored: 'association_facet_grid', comparison: () => [COMPARE_FACET_GRID, []] },
  {
    name: 'stats cells',
    stored: 'stats_cells',
    comparison: ({ pendingDistricts, settledDistricts }) => [
      COMPARE_STATS_CELLS(CELLS_OF_DISTRICTS),
      [pendingDistricts, settledDistricts],
    ],
  },
  { name: 'triggers enabled', stored: 'pg_trigger', comparison: () => [COMPARE_TRIGGERS, []] },
];

export interface CheckOptions {
  /** How many differences to show per check (20 unless told). */
  examples?: number;
  /** Called as each check ends, for progress on a large database. */
  onResult?: (result: CheckResult) => void;
}

export async function checkConsistency(db: Db, options: CheckOptions = {}): Promise<ConsistencyReport> {
  const started = performance.now();
  return db.transaction(async (trx) => {
    // First statement of the transaction: one snapshot for every query below, and no write possible.
    await trx.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // The grids are recomputed per zoom and joined with the stored ones: hash them in memory, not on disk.
    await trx.raw("SET LOCAL work_mem = '256MB'");
    const pending = await pendingStatsDistricts(trx);
    const settledDistricts = (await trx('districts')
      .whereNotIn('code', pending)
      .orderBy('code')
      .pluck('code')) as string[];
    const results: CheckResult[] = [];
    for (const check of CHECKS) {
      const result = await runCheck(
        trx,
        check,
        { pendingDistricts: pending, settledDistricts },
        options.examples ?? 20,
      );
      options.onResult?.(result);
      results.push(result);
    }
    const { rows } = await trx.raw<{ rows: { version: number }[] }>(
      'SELECT last_value AS version FROM association_data_version',
    );
    return {
      results,
      pendingStatsDistricts: pending,
      dataVersion: rows[0]?.version ?? 0,
      differences: results.reduce((sum, result) => sum + result.differences, 0),
      milliseconds: Math.round(performance.now() - started),
    };
  });
}

async function pendingStatsDistricts(trx: Knex.Transaction): Promise<string[]> {
  const { rows } = await trx.raw<{ rows: { district_code: string }[] }>(`${PENDING_STATS_DISTRICTS} ORDER BY 1`);
  return rows.map((row) => row.district_code);
}

interface SummaryRow {
  compared: number;
  differences: number;
  tolerated: number;
  byDistrict: Record<string, number>;
  examples: Difference[];
}

async function runCheck(
  trx: Knex.Transaction,
  check: Check,
  districts: Parameters<Check['comparison']>[0],
  examples: number,
): Promise<CheckResult> {
  const started = performance.now();
  const [comparison, bindings] = check.comparison(districts);
  const { rows } = await trx.raw<{ rows: SummaryRow[] }>(SUMMARY_OF(comparison), [
    ...bindings,
    examples,
  ] as Knex.RawBinding[]);
  const summary = rows[0] as SummaryRow;
  return {
    name: check.name,
    stored: check.stored,
    compared: summary.compared,
    differences: summary.differences,
    tolerated: summary.tolerated,
    byDistrict: summary.byDistrict,
    examples: summary.examples,
    milliseconds: Math.round(performance.now() - started),
  };
}
