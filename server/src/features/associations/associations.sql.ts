// SQL that PostGIS answers in the API's own shape (GeoJSON features, the whole profile) so Node passes text on.

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

const LABELLED = (table: string, code: string) => `
  (SELECT json_build_object('code', x.code, 'nameAr', x.name_ar, 'nameEn', x.name_en)
     FROM ${table} x WHERE x.code = ${code})`;

/** The whole profile of one association (`?` = id), contacts included: callers hide them by role. */
export const PROFILE_JSON = `
  SELECT json_build_object(
    'id', a.id,
    'registrationNo', a.registration_no,
    'nameAr', a.name_ar,
    'nameEn', a.name_en,
    'kind', a.kind,
    'status', a.status,
    'location', ST_AsGeoJSON(a.geom, 6)::json,
    'address', a.address,
    'governorate', ${LABELLED('governorates', 'a.governorate_code')},
    'district', ${LABELLED('districts', 'a.district_code')},
    'districtLimits', CASE WHEN EXISTS (
        SELECT 1 FROM districts d
        WHERE d.code = a.district_code AND d.official_geom IS NOT NULL AND NOT ST_Covers(d.official_geom, a.geom))
      THEN 'nearestMarkaz' ELSE 'official' END,
    'locationPrecision', a.location_precision,
    'members', a.members,
    'boardSize', a.board_size,
    'staff', a.staff,
    'volunteers', a.volunteers,
    'annualBudget', a.annual_budget,
    'foundedOn', a.founded_on,
    'registeredOn', a.registered_on,
    'lastVerifiedOn', a.last_verified_on,
    'source', a.source,
    'version', a.version,
    'intlCoop', a.intl_coop,
    'sectors', coalesce((
      SELECT json_agg(json_build_object('code', v.code, 'nameAr', v.label_ar, 'nameEn', v.label_en)
                      ORDER BY v.sort_order)
        FROM association_sectors s JOIN sectors v ON v.code = s.sector_code WHERE s.association_id = a.id), '[]'::json),
    'resources', coalesce((
      SELECT json_agg(json_build_object('code', v.code, 'nameAr', v.label_ar, 'nameEn', v.label_en,
                                        'quantity', r.quantity)
                      ORDER BY v.sort_order)
        FROM association_resources r JOIN resource_types v ON v.code = r.resource_code
       WHERE r.association_id = a.id), '[]'::json),
    'programmes', coalesce((
      SELECT json_agg(json_build_object('id', p.id, 'partner', p.partner, 'donorCountry', p.donor_country,
                        'name', p.name, 'sector', p.sector_code, 'startsOn', p.starts_on, 'endsOn', p.ends_on,
                        'budget', p.budget,
                        'status', p.status) ORDER BY p.starts_on DESC NULLS LAST, p.id)
        FROM intl_programmes p WHERE p.association_id = a.id), '[]'::json),
    'links', coalesce((
      SELECT json_agg(json_build_object('kind', l.kind, 'direction', l.direction, 'since', l.since, 'note', l.note,
                        'association', json_build_object('id', o.id, 'nameAr', o.name_ar, 'nameEn', o.name_en,
                                                         'kind', o.kind))
                      ORDER BY l.kind, o.name_ar)
        FROM (SELECT kind, since, note, to_association_id AS other_id, 'outgoing' AS direction
                FROM association_links WHERE from_association_id = a.id
              UNION ALL
              SELECT kind, since, note, from_association_id, 'incoming'
                FROM association_links WHERE to_association_id = a.id) l
        JOIN associations o ON o.id = l.other_id AND o.deleted_at IS NULL), '[]'::json),
    'successStories', coalesce((
      SELECT json_agg(json_build_object('id', st.id, 'titleAr', st.title_ar, 'titleEn', st.title_en,
                        'bodyAr', st.body_ar, 'bodyEn', st.body_en, 'happenedOn', st.happened_on)
                      ORDER BY st.happened_on DESC NULLS LAST, st.id)
        FROM success_stories st WHERE st.association_id = a.id), '[]'::json),
    'contacts', json_build_object('contactPerson', a.contact_person, 'phone', a.phone, 'email', a.email)
  ) AS profile
  FROM associations a
  WHERE a.id = ? AND a.deleted_at IS NULL`;
