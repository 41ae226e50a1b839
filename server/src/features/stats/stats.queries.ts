// Figures for the filtered set: totals, and per district counts, members and resources. Filters on place, kind,
// status and cooperation are summed from the stats cells; any other filter reads the associations themselves.
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { Db } from '../../db';
import {
  answerableByPrecomputed,
  applyAssociationFilters,
  resolveAssociationFilters,
} from '../associations/association-filters.queries';
import { refreshStatsCells } from './stats-cells.queries';
import { STATS_OF_ASSOCIATIONS, STATS_OF_CELLS } from './stats.sql';

/** Returns the stats document as JSON text. */
export async function computeStatsJson(db: Db, parsed: AssociationFilters): Promise<string> {
  const filters = await resolveAssociationFilters(db, parsed);
  const places = [filters.governorate ?? [], filters.district ?? []];
  let result: { rows: { stats: string }[] };
  if (answerableByPrecomputed(filters)) {
    await refreshStatsCells(db);
    const cells = db('stats_cells_filterable as a')
      .select('a.*')
      .modify((builder) => applyAssociationFilters(builder, filters));
    result = await db.raw(STATS_OF_CELLS, [cells, ...places]);
  } else {
    const filtered = db('associations as a')
      .select('a.id', 'a.district_code', 'a.members', 'a.intl_coop', 'a.kind', 'a.status', 'a.facets')
      .modify((builder) => applyAssociationFilters(builder, filters));
    result = await db.raw(STATS_OF_ASSOCIATIONS, [filtered, ...places]);
  }
  return result.rows[0]?.stats ?? '{}';
}
