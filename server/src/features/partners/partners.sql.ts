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
 * Active associations within the radius that meet every hard need, nearest first (KNN on the GIST index:
 * the filter uses a conservative radius in degrees on the indexed column; the true distance on the
 * geography is computed for the candidates only). Named bindings: lon, lat, degrees, meters, seekerId,
 * sector, resource, minQuantity, minMembers, intlCoop, candidates.
 */
export const CANDIDATES = `
WITH near AS (
  SELECT a.id, a.registration_no, a.name_ar, a.name_en, a.kind, a.district_code, a.members, a.intl_coop, a.geom,
         ST_Distance(a.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS meters
    FROM associations a
   WHERE a.deleted_at IS NULL AND a.status = 'active'
     AND ST_DWithin(a.geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :degrees)
     AND a.id IS DISTINCT FROM CAST(:seekerId AS integer)
     AND a.members >= :minMembers
     AND (CAST(:intlCoop AS boolean) IS NULL OR a.intl_coop = CAST(:intlCoop AS boolean))
     AND (CAST(:sector AS text) IS NULL OR EXISTS (
           SELECT 1 FROM association_sectors s WHERE s.association_id = a.id AND s.sector_code = :sector))
     AND (CAST(:resource AS text) IS NULL OR EXISTS (
           SELECT 1 FROM association_resources r
            WHERE r.association_id = a.id AND r.resource_code = :resource AND r.quantity >= :minQuantity))
   ORDER BY a.geom <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
   LIMIT :candidates)
SELECT n.id, n.registration_no AS "registrationNo", n.name_ar AS "nameAr", n.name_en AS "nameEn", n.kind,
       n.district_code AS district, n.members, n.intl_coop AS "intlCoop",
       round((n.meters / 1000)::numeric, 2) AS "distanceKm",
       ST_AsGeoJSON(n.geom, 6)::json AS location,
       coalesce((SELECT array_agg(s.sector_code ORDER BY s.sector_code) FROM association_sectors s
                  WHERE s.association_id = n.id), '{}') AS sectors,
       coalesce((SELECT json_object_agg(r.resource_code, r.quantity ORDER BY r.resource_code) FROM association_resources r
                  WHERE r.association_id = n.id), '{}'::json) AS resources,
       coalesce((SELECT array_agg(DISTINCT p.partner ORDER BY p.partner) FROM intl_programmes p
                  WHERE p.association_id = n.id AND p.status = 'active'), '{}') AS partners,
       (SELECT min(l.kind) FROM association_links l
         WHERE (l.from_association_id = n.id AND l.to_association_id = CAST(:seekerId AS integer))
            OR (l.to_association_id = n.id AND l.from_association_id = CAST(:seekerId AS integer))) AS "linkKind"
  FROM near n
 WHERE n.meters <= :meters
 ORDER BY n.meters`;
