// Turns the shared association filters into WHERE clauses on `associations AS a` (deleted ones never match);
// used by list, stats, links and tiles.
import type { Knex } from 'knex';
import type { AssociationFilters } from '../../../../contracts/association-filters';
import { facet } from '../../lib/facets';
import { CORRECTIONS_OF_WORD, HOLDS_ANY_WORD } from '../search/search.sql';

export function applyAssociationFilters(query: Knex.QueryBuilder, filters: AssociationFilters): void {
  const { governorate, district, kind, status, sector, resource, minMembers, maxMembers, intlCoop, q, bbox } = filters;
  query.whereNull('a.deleted_at');
  if (governorate?.length) query.whereIn('a.governorate_code', governorate);
  if (district?.length) query.whereIn('a.district_code', district);
  if (kind?.length) query.whereIn('a.kind', kind);
  if (status?.length) query.whereIn('a.status', status);
  if (minMembers !== undefined) query.where('a.members', '>=', minMembers);
  if (maxMembers !== undefined) query.where('a.members', '<=', maxMembers);
  if (intlCoop !== undefined) query.where('a.intl_coop', intlCoop);
  // Sectors and resources present are read from the association's own facets (GIN-indexed, kept by triggers);
  // only a resource asked in some quantity looks at its rows.
  if (sector?.length) query.whereRaw('a.facets && ?::text[]', [sector.map((code) => facet('sector', code))]);
  if (resource?.length) {
    const present = resource.filter((need) => need.minQuantity <= 1).map((need) => facet('resource', need.code));
    query.where((anyNeed) => {
      if (present.length) anyNeed.orWhereRaw('a.facets && ?::text[]', [present]);
      for (const need of resource.filter((counted) => counted.minQuantity > 1)) {
        anyNeed.orWhereRaw(
          `EXISTS (SELECT 1 FROM association_resources r
                    WHERE r.association_id = a.id AND r.resource_code = ? AND r.quantity >= ?)`,
          [need.code, need.minQuantity],
        );
      }
    });
  }
  if (bbox) {
    query.whereRaw('a.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)', bbox);
  }
  if (q) {
    // Every word must be held by the search text: as typed (after normalisation) or as a close fuzzy match (typos),
    // both found in the small table of known words first, then through the GIN index on the words of each text.
    for (const word of searchWords(q)) {
      query.whereRaw(HOLDS_ANY_WORD(`ARRAY(${CORRECTIONS_OF_WORD})`), [escapeLike(word), word]);
    }
  }
}

/** The words of a search text worth matching (at most eight); a lone letter such as «ب» matches too much. */
export function searchWords(q: string): string[] {
  const words = q.split(/\s+/).filter((word) => word.length >= 2);
  return (words.length ? words : [q.trim()]).slice(0, 8);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
