// Reads associations: a filtered page as GeoJSON text with its counts, and one whole profile.
import type { Knex } from 'knex';
import type { AssociationFilters, AssociationListQuery } from '../../../../contracts/association-filters';
import type { AssociationProfile } from '../../../../contracts/association';
import type { Db } from '../../db';
import { applyAssociationFilters } from './association-filters.queries';
import { FEATURES_OF_PAGE, PLAN_AS_JSON, PROFILE_JSON } from './associations.sql';

export interface AssociationPage {
  numberMatched: number;
  /** True when numberMatched is the planner's estimate: more than MATCHED_COUNT_CAP associations match. */
  numberMatchedEstimated: boolean;
  numberReturned: number;
  /** A JSON array of GeoJSON features, as text straight from PostGIS. */
  featuresJson: string;
}

/** Up to this many matches are counted exactly; beyond it counting costs more than the page, and an estimate does. */
export const MATCHED_COUNT_CAP = 100_000;

export async function findAssociationPage(db: Db, query: AssociationListQuery): Promise<AssociationPage> {
  const { limit, offset, after, ...filters } = query;
  const pageIds = db('associations as a')
    .select('a.id')
    .modify(applyAssociationFilters, filters)
    .orderBy('a.id')
    .limit(limit)
    .offset(offset);
  if (after !== undefined) pageIds.where('a.id', '>', after);
  const [page, matched] = await Promise.all([
    db.raw<{ rows: { features: string; returned: number }[] }>(FEATURES_OF_PAGE, [pageIds]),
    countMatched(db, filters),
  ]);
  const row = page.rows[0];
  return {
    numberMatched: matched.count,
    numberMatchedEstimated: matched.estimated,
    numberReturned: row?.returned ?? 0,
    featuresJson: row?.features ?? '[]',
  };
}

/** Counts at most MATCHED_COUNT_CAP + 1 rows; past that, the planner's row estimate (never below the cap). */
async function countMatched(db: Db, filters: AssociationFilters): Promise<{ count: number; estimated: boolean }> {
  const matching = () => db('associations as a').select('a.id').modify(applyAssociationFilters, filters);
  const [counted] = await db.from(matching().limit(MATCHED_COUNT_CAP + 1).as('m')).count<{ count: number }[]>('* as count');
  const count = Number(counted?.count ?? 0);
  if (count <= MATCHED_COUNT_CAP) return { count, estimated: false };
  const { sql, bindings } = matching().toSQL();
  const plan = await db.raw<{ rows: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] }>(`${PLAN_AS_JSON} ${sql}`, bindings);
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  return { count: Math.max(estimate, MATCHED_COUNT_CAP + 1), estimated: true };
}

/** Contacts included (see association-visibility.ts); null when no live association has this id. */
export async function findAssociationProfile(db: Db | Knex.Transaction, id: number): Promise<AssociationProfile | null> {
  const result = await db.raw<{ rows: { profile: AssociationProfile }[] }>(PROFILE_JSON, [id]);
  return result.rows[0]?.profile ?? null;
}
