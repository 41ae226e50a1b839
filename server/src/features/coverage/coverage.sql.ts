// Coverage gaps in SQL: villages with no active association offering a sector or resource within a radius,
// and unused social units near active associations. Each radius test first uses the GIST index with a
// conservative radius in degrees, then checks the true distance on the geography.

/**
 * "Active, and offering what was asked" for `associations AS a`, checked on the row (facets inside `IS TRUE`, so no
 * bitmap of every holder is built per village) and by primary key only for a minimum quantity; named bindings
 * facets (text[], see lib/facets.ts), resource, minQuantity.
 */
const OFFERS = `
  a.deleted_at IS NULL AND a.status = 'active'
  AND (a.facets @> CAST(:facets AS text[])) IS TRUE
  AND (:minQuantity <= 1 OR EXISTS (
        SELECT 1 FROM association_resources r
         WHERE r.association_id = a.id AND r.resource_code = :resource AND r.quantity >= :minQuantity))`;

const WITHIN = (place: string) =>
  `ST_DWithin(a.geom, ${place}.geom, :degrees) AND ST_DWithin(a.geom::geography, ${place}.geom::geography, :meters)`;

/** Named bindings: governorate, facets, resource, minQuantity, degrees, meters. */
export const UNCOVERED_VILLAGES = `
  SELECT v.id, v.name_ar AS "nameAr", v.name_en AS "nameEn", v.district_code AS district, v.population,
         ST_AsGeoJSON(v.geom, 6)::json AS location,
         (SELECT round((ST_Distance(a.geom::geography, v.geom::geography) / 1000)::numeric, 2)::float
            FROM associations a WHERE ${OFFERS}
           ORDER BY a.geom <-> v.geom LIMIT 1) AS "nearestKm"
    FROM villages v
   WHERE v.governorate_code = :governorate
     AND NOT EXISTS (SELECT 1 FROM associations a WHERE ${OFFERS} AND ${WITHIN('v')})
   ORDER BY v.population DESC NULLS LAST, v.name_ar`;

/** Named bindings: governorate, degrees, meters (the others unused: any active association counts). */
export const UNUSED_SOCIAL_UNITS = `
  SELECT u.id, u.name_ar AS "nameAr", u.name_en AS "nameEn", u.district_code AS district,
         ST_AsGeoJSON(u.geom, 6)::json AS location,
         (SELECT count(*)::int FROM associations a
           WHERE a.deleted_at IS NULL AND a.status = 'active' AND ${WITHIN('u')}) AS "activeAssociationsNearby"
    FROM social_units u
   WHERE u.status = 'unused' AND u.governorate_code = :governorate
   ORDER BY "activeAssociationsNearby" DESC, u.name_ar`;
