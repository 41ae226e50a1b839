// Reads associations: a filtered page as GeoJSON text with its counts, and one whole profile.
import type { Knex } from 'knex';
import type { AssociationFilters, AssociationListQuery } from '../../../../contracts/association-filters';
import type { AssociationProfile } from '../../../../contracts/association';
import type { Db } from '../../db';
import { applyAssociationFilters } from './association-filters.queries';
import { FEATURES_OF_PAGE, PLAN_AS_JSON, PROFILE_JSON } from './associations.sql';

export interface AssociationPage {
  numberMatched: number;
  /** True when numberMatched is the planner's estimate: more than MATCHED_COUNT_CAP associations are expected to match. */
  numberMatchedEstimated: boolean;
  numberReturned: number;
  /** A JSON array of GeoJSON features, as text straight from PostGIS. */
  featuresJson: string;
}

/** Up to this many expected matches are counted exactly; beyond it a count costs more than the page it comes with. */
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

/**
 * The planner's row estimate first (a millisecond): at most MATCHED_COUNT_CAP, count exactly; above it, answer
 * the estimate. A capped count(*) is no cheaper: with LIMIT the planner walks the table in physical order, and a
 * dense bbox's rows lie together far into it (2 s for 100,001 rows at a million associations).
 */
async function countMatched(db: Db, filters: AssociationFilters): Promise<{ count: number; estimated: boolean }> {
  const matching = db('associations as a').modify(applyAssociationFilters, filters);
  const { sql, bindings } = matching.clone().select('a.id').toSQL();
  const plan = await db.raw<{ rows: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] }>(`${PLAN_AS_JSON} ${sql}`, bindings);
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  if (estimate > MATCHED_COUNT_CAP) return { count: estimate, estimated: true };
  const [counted] = await matching.count<{ count: number }[]>('* as count');
  return { count: Number(counted?.count ?? 0), estimated: false };
}

/** Contacts included (see association-visibility.ts); null when no live association has this id. */
export async function findAssociationProfile(db: Db | Knex.Transaction, id: number): Promise<AssociationProfile | null> {
  const result = await db.raw<{ rows: { profile: AssociationProfile }[] }>(PROFILE_JSON, [id]);
  return result.rows[0]?.profile ?? null;
}
