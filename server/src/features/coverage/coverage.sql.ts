// Coverage gaps in SQL: villages with no active association offering a sector or resource within a radius,
// and unused social units near active associations. Each radius test first uses the GIST index with a
// conservative radius in degrees, then checks the true distance on the geography.

/**
 * "Active, and offering what was asked" for `associations AS a`, as the list's sector and resource filters read it
 * (any of the sectors, and any of the resources, each in its minimum quantity): checked on the row (facets inside
 * `IS TRUE`, so no bitmap of every holder is built per village) and by primary key only for a minimum above one.
 * Named bindings (see serviceBindings in coverage.service.ts): sectors and present (facets, text[]), counted
 * (resource codes, text[]) with minimums (int[]), anyResource (boolean).
 */
const OFFERS = `
  a.deleted_at IS NULL AND a.status = 'active'
  AND (cardinality(CAST(:sectors AS text[])) = 0 OR a.facets && CAST(:sectors AS text[])) IS TRUE
  AND (NOT :anyResource OR a.facets && CAST(:present AS text[]) OR EXISTS (
        SELECT 1 FROM association_resources r
          JOIN unnest(CAST(:counted AS text[]), CAST(:minimums AS int[])) AS need(code, minimum)
            ON r.resource_code = need.code AND r.quantity >= need.minimum
         WHERE r.association_id = a.id)) IS TRUE`;

const WITHIN = (place: string) =>
  `ST_DWithin(a.geom, ${place}.geom, :degrees) AND ST_DWithin(a.geom::geography, ${place}.geom::geography, :meters)`;

/** Named bindings: governorate, OFFERS' bindings, degrees, meters. */
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
