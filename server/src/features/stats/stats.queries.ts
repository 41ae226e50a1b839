// Figures for the filtered set: totals, and per district counts, members and resources.
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { Db } from '../../db';
import { applyAssociationFilters, resolveAssociationFilters } from '../associations/association-filters.queries';
import { STATS_JSON } from './stats.sql';

/** Returns the stats document as JSON text. */
export async function computeStatsJson(db: Db, parsed: AssociationFilters): Promise<string> {
  const filters = await resolveAssociationFilters(db, parsed);
  const filtered = db('associations as a')
    .select('a.id', 'a.district_code', 'a.members', 'a.intl_coop', 'a.kind', 'a.status', 'a.facets')
    .modify((builder) => applyAssociationFilters(builder, filters));
  const result = await db.raw<{ rows: { stats: string }[] }>(STATS_JSON, [
    filtered,
    filters.governorate ?? [],
    filters.district ?? [],
  ]);
  return result.rows[0]?.stats ?? '{}';
}
