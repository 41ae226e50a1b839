// How many rows a query matches: exactly when the planner expects few, its estimate when it expects many.
import type { Knex } from 'knex';
import type { Db } from '../db';

/** Up to this many expected matches are counted exactly; beyond it a count costs more than the page it comes with. */
export const MATCHED_COUNT_CAP = 100_000;

/**
 * An exact count that takes longer gives way to the estimate: the planner can be off several times over (words that
 * go together, «تنمية» with «المجتمع»: 29,019 expected, 125,611 held, 1.8 s to count at a million associations).
 */
const EXACT_COUNT_MS = 250;
const QUERY_CANCELED = '57014';

export interface MatchedCount {
  count: number;
  /** True when `count` is the planner's estimate: more than MATCHED_COUNT_CAP rows are expected to match. */
  estimated: boolean;
}

/**
 * The planner's row estimate first (a millisecond): at most MATCHED_COUNT_CAP, count exactly (within EXACT_COUNT_MS);
 * above it, answer the estimate. A capped count(*) is no cheaper: with LIMIT the planner walks the table in physical
 * order, and a dense bbox's rows lie together far into it (2 s for 100,001 rows at a million associations). `matching`
 * is the filtered FROM and WHERE, with no select list; `column` is any column of it.
 */
export async function countOrEstimate(db: Db, matching: Knex.QueryBuilder, column: string): Promise<MatchedCount> {
  const { sql, bindings } = matching.clone().select(column).toSQL();
  const plan = await db.raw<{ rows: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] }>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    bindings,
  );
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  if (estimate > MATCHED_COUNT_CAP) return { count: estimate, estimated: true };
  try {
    const counted = await db.transaction(async (trx) => {
      await trx.raw(`SET LOCAL statement_timeout = ${EXACT_COUNT_MS}`);
      const [row] = await matching.clone().transacting(trx).count<{ count: number }[]>('* as count');
      return row?.count ?? 0;
    });
    return { count: counted, estimated: false };
  } catch (error) {
    if ((error as { code?: string }).code === QUERY_CANCELED) return { count: estimate, estimated: true };
    throw error;
  }
}
