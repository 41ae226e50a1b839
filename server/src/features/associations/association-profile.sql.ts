// SQL of an association's whole profile (the API's shape, contacts included: callers hide them by role), defined
// once and read two ways: for one association, its lists as sub-queries (a few index scans); for a set, such as an
// import's 100,000 audit entries, each list gathered once for the whole set and joined (where a sub-query per list
// and association cost 70 µs an association).

interface ProfileList {
  /** The list's rows; `ownedBy(column)` is the condition that keeps those of the associations asked for. */
  from: (ownedBy: (column: string) => string) => string;
  /** The association a row belongs to. */
  owner: string;
  item: string;
  order: string;
}

const LISTS = {
  sectors: {
    from: (ownedBy) =>
      `association_sectors s JOIN sectors v ON v.code = s.sector_code WHERE ${ownedBy('s.association_id')}`,
    owner: 's.association_id',
    item: "json_build_object('code', v.code, 'nameAr', v.label_ar, 'nameEn', v.label_en)",
    order: 'v.sort_order',
  },
  resources: {
    from: (ownedBy) =>
      `association_resources r JOIN resource_types v ON v.code = r.resource_code WHERE ${ownedBy('r.association_id')}`,
    owner: 'r.association_id',
    item: "json_build_object('code', v.code, 'nameAr', v.label_ar, 'nameEn', v.label_en, 'quantity', r.quantity)",
    order: 'v.sort_order',
  },
  programmes: {
    from: (ownedBy) => `intl_programmes p WHERE ${ownedBy('p.association_id')}`,
    owner: 'p.association_id',
    item: `json_build_object('id', p.id, 'partner', p.partner, 'donorCountry', p.donor_country, 'name', p.name,
                       'sector', p.sector_code, 'startsOn', p.starts_on, 'endsOn', p.ends_on, 'budget', p.budget,
                       'status', p.status)`,
    order: 'p.starts_on DESC NULLS LAST, p.id',
  },
  links: {
    from: (ownedBy) => `
      (SELECT from_association_id AS self_id, kind, since, note, to_association_id AS other_id, 'outgoing' AS direction
         FROM association_links WHERE ${ownedBy('from_association_id')}
       UNION ALL
       SELECT to_association_id, kind, since, note, from_association_id, 'incoming'
         FROM association_links WHERE ${ownedBy('to_association_id')}) l
      JOIN associations o ON o.id = l.other_id AND o.deleted_at IS NULL`,
    owner: 'l.self_id',
    item: `json_build_object('kind', l.kind, 'direction', l.direction, 'since', l.since, 'note', l.note,
                       'association', json_build_object('id', o.id, 'nameAr', o.name_ar, 'nameEn', o.name_en,
                                                        'kind', o.kind))`,
    order: 'l.kind, o.name_ar, o.id, l.direction DESC', // total: a pair linked both ways lists outgoing first
  },
  successStories: {
    from: (ownedBy) => `success_stories st WHERE ${ownedBy('st.association_id')}`,
    owner: 'st.association_id',
    item: `json_build_object('id', st.id, 'titleAr', st.title_ar, 'titleEn', st.title_en, 'bodyAr', st.body_ar,
                       'bodyEn', st.body_en, 'happenedOn', st.happened_on)`,
    order: 'st.happened_on DESC NULLS LAST, st.id',
  },
} satisfies Record<string, ProfileList>;

type ListName = keyof typeof LISTS;
const LIST_NAMES = Object.keys(LISTS) as ListName[];

const LABELLED = (alias: string) =>
  `json_build_object('code', ${alias}.code, 'nameAr', ${alias}.name_ar, 'nameEn', ${alias}.name_en)`;

/** The profile of `associations a` (with `governorates g`, `districts d`), each list's JSON given by `list`. */
const PROFILE_OBJECT = (list: (name: ListName) => string) => `json_build_object(
    'id', a.id,
    'registrationNo', a.registration_no,
    'nameAr', a.name_ar,
    'nameEn', a.name_en,
    'kind', a.kind,
    'status', a.status,
    'location', ST_AsGeoJSON(a.geom, 6)::json,
    'address', a.address,
    'governorate', ${LABELLED('g')},
    'district', ${LABELLED('d')},
    'districtLimits', CASE WHEN d.official_geom IS NOT NULL AND NOT ST_Covers(d.official_geom, a.geom)
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
    ${LIST_NAMES.map((name) => `'${name}', coalesce(${list(name)}, '[]'::json)`).join(',\n    ')},
    'contacts', json_build_object('contactPerson', a.contact_person, 'phone', a.phone, 'email', a.email)
  )`;

const PLACED = `JOIN governorates g ON g.code = a.governorate_code JOIN districts d ON d.code = a.district_code`;

/** The whole profile of one live association (`?` = id), as `profile`. */
export const PROFILE_JSON = `
  SELECT ${PROFILE_OBJECT((name) => {
    const { from, item, order } = LISTS[name];
    return `(SELECT json_agg(${item} ORDER BY ${order}) FROM ${from((column) => `${column} = a.id`)})`;
  })} AS profile
    FROM associations a ${PLACED}
   WHERE a.id = ? AND a.deleted_at IS NULL`;

/** The whole profile of every live association among `ids` (a sub-query yielding ids), as rows (id, profile). */
export const PROFILES_OF = (ids: string) => `
  WITH ids AS MATERIALIZED (SELECT DISTINCT id FROM ${ids} AS ids(id))
  SELECT a.id, ${PROFILE_OBJECT((name) => `${name}_list.list`)} AS profile
    FROM ids JOIN associations a ON a.id = ids.id ${PLACED}
    ${LIST_NAMES.map((name) => {
      const { from, owner, item, order } = LISTS[name];
      return `LEFT JOIN (SELECT ${owner} AS association_id, json_agg(${item} ORDER BY ${order}) AS list
                 FROM ${from((column) => `${column} IN (SELECT id FROM ids)`)} GROUP BY ${owner}) ${name}_list
             ON ${name}_list.association_id = a.id`;
    }).join('\n    ')}
   WHERE a.deleted_at IS NULL`;
