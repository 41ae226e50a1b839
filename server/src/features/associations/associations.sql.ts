// SQL that PostGIS answers in the API's own shape (GeoJSON features) so Node passes text on; the whole profile is
// association-profile.sql.ts.

/** Properties of an association feature; `a` is `associations AS a`. Sectors and resources come as codes. */
export const FEATURE_JSON = `
  json_build_object(
    'type', 'Feature',
    'id', a.id,
    'geometry', ST_AsGeoJSON(a.geom, 6)::json,
    'properties', json_build_object(
      'registrationNo', a.registration_no,
      'nameAr', a.name_ar,
      'nameEn', a.name_en,
      'kind', a.kind,
      'governorate', a.governorate_code,
      'district', a.district_code,
      'members', a.members,
      'intlCoop', a.intl_coop,
      'locationPrecision', a.location_precision,
      'sectors', coalesce((SELECT json_agg(s.sector_code ORDER BY s.sector_code)
                             FROM association_sectors s WHERE s.association_id = a.id), '[]'::json),
      'resources', coalesce((SELECT json_object_agg(r.resource_code, r.quantity ORDER BY r.resource_code)
                               FROM association_resources r WHERE r.association_id = a.id), '{}'::json),
      'status', a.status))`;

/** Wraps a page of ids (`?` = a sub-query yielding `id`, in order) into `features` JSON text and its length. */
export const FEATURES_OF_PAGE = `
  SELECT coalesce(json_agg(${FEATURE_JSON} ORDER BY page.ordinal), '[]'::json)::text AS features,
         count(*)::int AS returned
    FROM (SELECT id, row_number() OVER () AS ordinal FROM ? AS ids) AS page
    JOIN associations a ON a.id = page.id`;
