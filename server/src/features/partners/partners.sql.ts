// SQL for the partner finder: where the seeker is, and the nearest candidates that meet every hard need.
export const SEEKER_ASSOCIATION = `
  SELECT a.id, a.name_ar AS "nameAr", a.name_en AS "nameEn", ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat,
         coalesce((SELECT array_agg(s.sector_code ORDER BY s.sector_code) FROM association_sectors s
                    WHERE s.association_id = a.id), '{}') AS sectors,
         coalesce((SELECT json_object_agg(r.resource_code, r.quantity) FROM association_resources r
                    WHERE r.association_id = a.id), '{}'::json) AS resources
    FROM associations a
   WHERE a.id = ? AND a.deleted_at IS NULL`;

export const SEEKER_VILLAGE = `
  SELECT v.id, v.name_ar AS "nameAr", v.name_en AS "nameEn", ST_X(v.geom) AS lon, ST_Y(v.geom) AS lat
    FROM villages v WHERE v.id = ?`;

/**
 * Active associations within the radius that meet every hard need, nearest first: the GIST index walks outwards
 * (`<->`) inside a conservative box (radius in degrees, on the indexed column; the cooperating ones have an index
 * of their own) and the needs are checked on each row as it comes — facets and members inside `IS TRUE`, so the
 * planner never builds a bitmap of every health or nursery association instead — until `candidates` are found.
 * Only those are measured on the geography. Each comes with what scoring needs, from its own row (its facets, whose
 * sectors and resource codes Node reads: 600 array sub-queries cost 3–4 ms) and its link to the seeker.
 * Named bindings: lon, lat, degrees, meters, seekerId, facets (text[], see lib/facets.ts), resource, minQuantity,
 * minMembers, intlCoop, candidates.
 */
export const CANDIDATES = `
WITH qualifying AS (
  SELECT a.id, a.members, a.intl_coop, a.facets,
         ST_Distance(a.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS meters
    FROM associations a
   WHERE a.deleted_at IS NULL AND a.status = 'active'
     AND a.geom && ST_Expand(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :degrees)
     AND a.id IS DISTINCT FROM CAST(:seekerId AS integer)
     AND (CAST(:intlCoop AS boolean) IS NULL OR a.intl_coop = CAST(:intlCoop AS boolean))
     AND (a.facets @> CAST(:facets AS text[]) AND a.members >= :minMembers) IS TRUE
     AND (:minQuantity <= 1 OR EXISTS (
           SELECT 1 FROM association_resources r
            WHERE r.association_id = a.id AND r.resource_code = :resource AND r.quantity >= :minQuantity))
   ORDER BY a.geom <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
   LIMIT :candidates)
SELECT q.id, q.members, q.intl_coop AS "intlCoop", round((q.meters / 1000)::numeric, 2) AS "distanceKm", q.facets,
       (SELECT min(l.kind) FROM association_links l
         WHERE (l.from_association_id = q.id AND l.to_association_id = CAST(:seekerId AS integer))
            OR (l.to_association_id = q.id AND l.from_association_id = CAST(:seekerId AS integer))) AS "linkKind"
  FROM qualifying q
 WHERE q.meters <= :meters
 ORDER BY q.meters`;

/** The whole of the partners returned (binding: their ids as int[]): resources with quantities, active programmes' partners. */
export const PARTNER_DETAILS = `
  SELECT a.id, a.registration_no AS "registrationNo", a.name_ar AS "nameAr", a.name_en AS "nameEn", a.kind,
         a.district_code AS district, ST_AsGeoJSON(a.geom, 6)::json AS location,
         coalesce((SELECT json_object_agg(r.resource_code, r.quantity ORDER BY r.resource_code) FROM association_resources r
                    WHERE r.association_id = a.id), '{}'::json) AS resources,
         coalesce((SELECT array_agg(DISTINCT p.partner ORDER BY p.partner) FROM intl_programmes p
                    WHERE p.association_id = a.id AND p.status = 'active'), '{}') AS partners
    FROM associations a
   WHERE a.id = ANY(?::int[])`;
