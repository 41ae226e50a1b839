// Totals and per-district figures over a filtered set of associations, built as one JSON document by PostgreSQL.
import { prefixOf } from '../../lib/facets';

const SECTOR_PREFIX = prefixOf('sector');

/**
 * Bindings: 1) a sub-query over `associations AS a` selecting id, district_code, members, intl_coop, kind,
 * status, facets; 2) governorate codes and 3) district codes whose districts are listed even with no match (gaps).
 * Sectors are counted from the facets on each row; programmes are looked up for cooperating associations only
 * (an active programme is what makes one cooperating), so neither table is read whole for a governorate: `OFFSET 0`
 * keeps the look-up per association, where the planner, expecting half of them to cooperate (a third as many do
 * in Qena at a million), hashed all 150,000 programmes instead (123 ms of a 550 ms request).
 */
export const STATS_JSON = `
WITH filtered AS ?,
per_district AS (
  SELECT district_code, count(*) AS associations, coalesce(sum(members), 0) AS members,
         count(*) FILTER (WHERE intl_coop) AS intl_coop
    FROM filtered GROUP BY district_code),
active_programmes AS (
  SELECT p.association_id, p.partner, p.donor_country
    FROM filtered f
   CROSS JOIN LATERAL (SELECT * FROM intl_programmes p WHERE p.association_id = f.id AND p.status = 'active' OFFSET 0) p
   WHERE f.intl_coop),
resource_totals AS (
  SELECT f.district_code, r.resource_code, sum(r.quantity) AS quantity
    FROM filtered f JOIN association_resources r ON r.association_id = f.id
   GROUP BY f.district_code, r.resource_code),
district_resources AS (
  SELECT district_code, json_object_agg(resource_code, quantity ORDER BY resource_code) AS resources
    FROM resource_totals GROUP BY district_code),
listed AS (
  SELECT d.* FROM districts d
   WHERE d.code IN (SELECT district_code FROM per_district)
      OR d.governorate_code = ANY(?::text[]) OR d.code = ANY(?::text[]))
SELECT json_build_object(
  'totals', json_build_object(
    'associations', (SELECT count(*) FROM filtered),
    'members', (SELECT coalesce(sum(members), 0) FROM filtered),
    'intlCoop', (SELECT count(*) FROM filtered WHERE intl_coop),
    'byKind', (SELECT coalesce(json_object_agg(kind, n ORDER BY kind), '{}'::json)
                 FROM (SELECT kind, count(*) AS n FROM filtered GROUP BY kind) k),
    'byStatus', (SELECT coalesce(json_object_agg(status, n ORDER BY status), '{}'::json)
                   FROM (SELECT status, count(*) AS n FROM filtered GROUP BY status) s),
    'resources', (SELECT coalesce(json_object_agg(resource_code, quantity ORDER BY resource_code), '{}'::json)
                    FROM (SELECT resource_code, sum(quantity) AS quantity FROM resource_totals GROUP BY resource_code) r),
    'sectors', (SELECT coalesce(json_object_agg(sector_code, n ORDER BY sector_code), '{}'::json)
                  FROM (SELECT substr(x.facet, ${SECTOR_PREFIX.length + 1}) AS sector_code, count(*) AS n
                          FROM filtered f CROSS JOIN LATERAL unnest(f.facets) AS x(facet)
                         WHERE x.facet LIKE '${SECTOR_PREFIX}%'
                         GROUP BY 1) s),
    'partners', (SELECT coalesce(json_object_agg(partner, n ORDER BY partner), '{}'::json)
                   FROM (SELECT partner, count(DISTINCT association_id) AS n
                           FROM active_programmes GROUP BY partner) x),
    'donorCountries', (SELECT coalesce(json_object_agg(donor_country, n ORDER BY donor_country), '{}'::json)
                         FROM (SELECT donor_country, count(DISTINCT association_id) AS n
                                 FROM active_programmes WHERE donor_country IS NOT NULL
                                GROUP BY donor_country) x)),
  'districts', (SELECT coalesce(json_agg(json_build_object(
                    'code', d.code, 'governorate', d.governorate_code, 'nameAr', d.name_ar, 'nameEn', d.name_en,
                    'population', d.population,
                    'associations', coalesce(p.associations, 0),
                    'members', coalesce(p.members, 0),
                    'intlCoop', coalesce(p.intl_coop, 0),
                    'associationsPer10k', CASE WHEN d.population > 0
                                               THEN round(coalesce(p.associations, 0) * 10000.0 / d.population, 2) END,
                    'resources', coalesce(dr.resources, '{}'::json))
                  ORDER BY d.governorate_code, d.name_en), '[]'::json)
                  FROM listed d
                  LEFT JOIN per_district p ON p.district_code = d.code
                  LEFT JOIN district_resources dr ON dr.district_code = d.code)
)::text AS stats`;
