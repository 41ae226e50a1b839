// Reads associations: a filtered page as GeoJSON text with its counts, one whole profile, and whether an id exists.
import type { Knex } from 'knex';
import type { AssociationListQuery } from '../../../../contracts/association-filters';
import type { AssociationProfile } from '../../../../contracts/association';
import type { Db } from '../../db';
import { applyAssociationFilters, resolveAssociationFilters } from './association-filters.queries';
import { countOrEstimate } from '../../lib/count-or-estimate';
import { PROFILE_JSON } from './association-profile.sql';
import { FEATURES_OF_PAGE } from './associations.sql';

export interface AssociationPage {
  numberMatched: number;
  /** True when numberMatched is the planner's estimate (see countOrEstimate). */
  numberMatchedEstimated: boolean;
  numberReturned: number;
  /** A JSON array of GeoJSON features, as text straight from PostGIS. */
  featuresJson: string;
}

export async function findAssociationPage(db: Db, query: AssociationListQuery): Promise<AssociationPage> {
  const { limit, offset, after, ...parsed } = query;
  const filters = await resolveAssociationFilters(db, parsed);
  const pageIds = db('associations as a')
    .select('a.id')
    .modify((builder) => applyAssociationFilters(builder, filters))
    .orderBy('a.id')
    .limit(limit)
    .offset(offset);
  if (after !== undefined) pageIds.where('a.id', '>', after);
  const [page, matched] = await Promise.all([
    db.raw<{ rows: { features: string; returned: number }[] }>(FEATURES_OF_PAGE, [pageIds]),
    countOrEstimate(
      db,
      db('associations as a').modify((builder) => applyAssociationFilters(builder, filters)),
      'a.id',
    ),
  ]);
  const row = page.rows[0];
  return {
    numberMatched: matched.count,
    numberMatchedEstimated: matched.estimated,
    numberReturned: row?.returned ?? 0,
    featuresJson: row?.features ?? '[]',
  };
}

/** Whether any association ever had this id, deleted ones too (their history is kept). */
export async function associationExists(db: Db, id: number): Promise<boolean> {
  return (await db('associations').where({ id }).first('id')) !== undefined;
}

/** Contacts included (see association-visibility.ts); null when no live association has this id. */
export async function findAssociationProfile(
  db: Db | Knex.Transaction,
  id: number,
): Promise<AssociationProfile | null> {
  const result = await db.raw<{ rows: { profile: AssociationProfile }[] }>(PROFILE_JSON, [id]);
  return result.rows[0]?.profile ?? null;
}
