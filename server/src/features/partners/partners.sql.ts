// SQL for the partner finder: where the seeker is, and the best partners that meet every hard need, ranked.
import { prefixOf } from '../../lib/facets';

export const SEEKER_ASSOCIATION = `
  SELECT a.id, a.name_ar AS "nameAr", a.name_en AS "nameEn", ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat
    FROM associations a
   WHERE a.id = ? AND a.deleted_at IS NULL`;

export const SEEKER_VILLAGE = `
  SELECT v.id, v.name_ar AS "nameAr", v.name_en AS "nameEn", ST_X(v.geom) AS lon, ST_Y(v.geom) AS lat
    FROM villages v WHERE v.id = ?`;

/**
 * The best `limit` partners for a need, each with the points of every reason and the facts its words need.
 *
 * 1. qualifying — active associations within the radius that meet every hard need, nearest first: the partner GiST
 *    index walks outwards (`<->`) inside a conservative box (radius in degrees, on the indexed column) and skips,
 *    inside the index, every association without the facets, the cooperation or the members asked for
 *    (`partner_keys`, see its migration), until `candidates` are found. The facets themselves are tested again,
 *    since keys may collide, inside `IS TRUE`, so the planner never builds a bitmap of every health or nursery
 *    association from their GIN index instead. Only the candidates are measured on the geography.
 * 2. assessed — for each in reach, from its facets: the resources the seeker lacks (at most three; unless a
 *    resource is asked for, which every candidate has) and the sectors both work in (at most two; unless a sector
 *    is asked for), and any link between the two.
 * 3. best — the points (weights bound from partner-reasons.ts), their sum, the best first, nearest on a tie; only
 *    those returned are read whole: resources with quantities, active programmes' partners.
 *
 * Named bindings: lon, lat, degrees, meters, radiusKm, seekerId, facets (text[], see lib/facets.ts), sector,
 * resource, minQuantity, minMembers, intlCoop, candidates, limit, fullCapacityMembers and the weights wDistance,
 * wResources, wSector, wCapacity, wIntlCoop, wLinked.
 */
export const RANKED_PARTNERS = `
WITH seeker AS (
  SELECT coalesce((SELECT s.facets FROM associations s WHERE s.id = CAST(:seekerId AS integer)), '{}') AS facets
), qualifying AS (
  SELECT a.id, a.members, a.intl_coop, a.facets,
         ST_Distance(a.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS meters
    FROM associations a
   WHERE a.deleted_at IS NULL AND a.status = 'active'
     AND a.geom && ST_Expand(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :degrees)
     AND partner_keys(a.facets, a.intl_coop)
         @> partner_keys(CAST(:facets AS text[]), CAST(:intlCoop AS boolean) IS TRUE)
     AND a.members >= :minMembers
     AND a.id IS DISTINCT FROM CAST(:seekerId AS integer)
     AND (CAST(:intlCoop AS boolean) IS NULL OR a.intl_coop = CAST(:intlCoop AS boolean))
     AND (a.facets @> CAST(:facets AS text[])) IS TRUE
     AND (:minQuantity <= 1 OR EXISTS (
           SELECT 1 FROM association_resources r
            WHERE r.association_id = a.id AND r.resource_code = :resource AND r.quantity >= :minQuantity))
   ORDER BY a.geom <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
   LIMIT :candidates
), assessed AS (
  SELECT q.id, q.members, q.intl_coop, q.facets, q.meters, floor(q.meters / 10 + 0.5) / 100 AS distance_km,
         CASE WHEN CAST(:resource AS text) IS NULL THEN
           ARRAY(SELECT f FROM unnest(q.facets) AS f
                  WHERE starts_with(f, '${prefixOf('resource')}') AND f <> ALL(seeker.facets) ORDER BY f LIMIT 3)
         ELSE '{}' END AS lacking,
         CASE WHEN CAST(:sector AS text) IS NULL AND q.facets && seeker.facets THEN
           ARRAY(SELECT f FROM unnest(q.facets) AS f
                  WHERE starts_with(f, '${prefixOf('sector')}') AND f = ANY(seeker.facets) ORDER BY f LIMIT 2)
         ELSE '{}' END AS shared,
         (SELECT min(l.kind) FROM association_links l
           WHERE (l.from_association_id = q.id AND l.to_association_id = CAST(:seekerId AS integer))
              OR (l.to_association_id = q.id AND l.from_association_id = CAST(:seekerId AS integer))) AS link_kind
    FROM qualifying q CROSS JOIN seeker
   WHERE q.meters <= :meters
), scored AS (
  SELECT s.*,
         round_to_tenth(CAST(:wDistance AS float8) * greatest(0, 1 - s.distance_km / CAST(:radiusKm AS float8)))
           AS distance_points,
         CASE WHEN CAST(:resource AS text) IS NOT NULL THEN CAST(:wResources AS float8)
              ELSE round_to_tenth(CAST(:wResources AS float8) * cardinality(s.lacking) / 3) END AS resource_points,
         CASE WHEN CAST(:sector AS text) IS NOT NULL OR s.shared <> '{}' THEN CAST(:wSector AS float8) ELSE 0 END
           AS sector_points,
         round_to_tenth(CAST(:wCapacity AS float8)
                        * least(1, log(s.members + 1.0::float8) / log(CAST(:fullCapacityMembers AS float8) + 1)))
           AS capacity_points,
         CASE WHEN s.intl_coop THEN CAST(:wIntlCoop AS float8) ELSE 0 END AS intl_coop_points,
         CASE WHEN s.link_kind IS NOT NULL THEN CAST(:wLinked AS float8) ELSE 0 END AS linked_points
    FROM assessed s
), best AS (
  SELECT s.*, round_to_tenth(s.distance_points + s.resource_points + s.sector_points + s.capacity_points
                              + s.intl_coop_points + s.linked_points) AS score
    FROM scored s
   ORDER BY score DESC, s.meters, s.id
   LIMIT :limit
)
SELECT b.id, a.registration_no AS "registrationNo", a.name_ar AS "nameAr", a.name_en AS "nameEn", a.kind,
       a.district_code AS district, ST_AsGeoJSON(a.geom, 6)::json AS location, b.members, b.intl_coop AS "intlCoop",
       b.facets, b.distance_km AS "distanceKm", b.lacking, b.shared, b.link_kind AS "linkKind", b.score,
       json_build_object('distance', b.distance_points, 'resources', b.resource_points, 'sector', b.sector_points,
                         'capacity', b.capacity_points, 'intlCoop', b.intl_coop_points, 'linked', b.linked_points)
         AS points,
       coalesce((SELECT json_object_agg(r.resource_code, r.quantity ORDER BY r.resource_code)
                   FROM association_resources r
                  WHERE r.association_id = b.id), '{}'::json) AS resources,
       coalesce((SELECT array_agg(DISTINCT p.partner ORDER BY p.partner) FROM intl_programmes p
                  WHERE p.association_id = b.id AND p.status = 'active'), '{}') AS partners
  FROM best b JOIN associations a ON a.id = b.id
 ORDER BY b.score DESC, b.meters, b.id`;
