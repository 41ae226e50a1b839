// SQL for the public's service finder: the nearest active associations offering a service, nearest on the ground.
// Its hard part is that the index measures in degrees and people in metres (see NEAREST_OFFERING).

/**
 * The `limit` nearest active associations carrying every facet asked for, within `meters`, nearest on the WGS 84
 * spheroid first, ties by id.
 *
 * 1. walked — the partner GiST index (associations_partner_gist, see its migration) walks outwards from the point
 *    (`<->`, planar degrees) inside a box that holds the radius, skipping inside the index every association
 *    without the facets (`partner_keys`; keys may collide, so the facets are tested again), and stops at `limit`.
 * 2. reach — the farthest of those on the ground, at most the radius: `limit` associations lie within it, so the
 *    true nearest `limit` do too. A degree of longitude is shorter than one of latitude here, so the walk's order
 *    is not the ground's; reach is what makes the answer exact.
 * 3. nearest — every qualifying association within reach (a box in degrees on the same index, then the spheroid),
 *    measured and ordered. Reach gets a centimetre of slack, as ST_DWithin and ST_Distance round differently.
 *
 * Named bindings: lon, lat, facets (text[], see lib/facets.ts), resource, minQuantity, meters, degrees (the radius
 * as a box), degreesPerMeter (for reach) and limit. Returns public fields only.
 */
/** The point asked from, written out where it is used: the index can only walk from a constant. */
const ORIGIN = 'ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)';

export const NEAREST_OFFERING = `
WITH qualifying AS NOT MATERIALIZED (
  SELECT a.id, a.geom
    FROM associations a
   WHERE a.deleted_at IS NULL AND a.status = 'active'
     AND partner_keys(a.facets, a.intl_coop) @> partner_keys(CAST(:facets AS text[]), false)
     AND (a.facets @> CAST(:facets AS text[])) IS TRUE
     AND (:minQuantity <= 1 OR EXISTS (
           SELECT 1 FROM association_resources r
            WHERE r.association_id = a.id AND r.resource_code = :resource AND r.quantity >= :minQuantity))
), walked AS (
  SELECT q.id, q.geom
    FROM qualifying q
   WHERE q.geom && ST_Expand(${ORIGIN}, :degrees)
   ORDER BY q.geom <-> ${ORIGIN}
   LIMIT :limit
), reach AS (
  SELECT least(max(ST_Distance(w.geom::geography, ${ORIGIN}::geography)), :meters) + 0.01 AS meters
    FROM walked w
), nearest AS (
  SELECT q.id, ST_Distance(q.geom::geography, ${ORIGIN}::geography) AS meters
    FROM qualifying q
   WHERE q.geom && ST_Expand(${ORIGIN}, (SELECT r.meters FROM reach r) * :degreesPerMeter)
     AND ST_DWithin(q.geom::geography, ${ORIGIN}::geography, (SELECT r.meters FROM reach r))
   ORDER BY meters, q.id
   LIMIT :limit
)
SELECT n.id, a.registration_no AS "registrationNo", a.name_ar AS "nameAr", a.name_en AS "nameEn", a.kind,
       a.governorate_code AS governorate, a.district_code AS district, a.location_precision AS "locationPrecision",
       ST_AsGeoJSON(a.geom, 6)::json AS location, floor(n.meters / 10 + 0.5) / 100 AS "distanceKm"
  FROM nearest n JOIN associations a ON a.id = n.id
 WHERE n.meters <= :meters
 ORDER BY n.meters, n.id`;
