// The derived state recomputed from the base tables (associations, their sectors, resources and programmes,
// districts, governorates), each beside what is stored: the same expressions the triggers and migrations use, so
// the check (consistency-check.queries.ts) and the rebuild (consistency-rebuild.queries.ts) agree with them.
import { CLUSTER_MAX_ZOOM, FACET_GRID_MAX_ZOOM } from '../tiles/tiles.sql';

/** Where a point (`<alias>.geom`) lies: the choice locate_in_district makes (the first district by code). */
const DISTRICT_OF = (alias: string) => `LEFT JOIN LATERAL (
    SELECT d.code, d.governorate_code FROM districts d
     WHERE ST_Intersects(d.geom, ${alias}.geom)
     ORDER BY d.code LIMIT 1) p ON true`;

/** locate_in_district('optional'): outside every district, the governorate the point lies in (or none). */
const GOVERNORATE_OF = (alias: string) =>
  `(SELECT g.code FROM governorates g WHERE ST_Intersects(g.geom, ${alias}.geom) ORDER BY g.code LIMIT 1)`;

/** Live associations and the district and governorate the lookup gives them now (NULL outside every district). */
export const ASSOCIATION_PLACES = `
  SELECT a.id, a.district_code, a.governorate_code, p.code AS new_district, p.governorate_code AS new_governorate
    FROM associations a ${DISTRICT_OF('a')}
   WHERE a.deleted_at IS NULL`;

/** Villages or social units (`table`) and where locate_in_district('optional') puts them now. */
export const PLACE_PLACES = (table: 'villages' | 'social_units') => `
  SELECT v.id, v.district_code, v.governorate_code, p.code AS new_district,
         coalesce(p.governorate_code, ${GOVERNORATE_OF('v')}) AS new_governorate
    FROM ${table} v ${DISTRICT_OF('v')}`;

/** Every association and whether it works under international cooperation: at least one active programme. */
export const ASSOCIATION_COOPERATION = `
  SELECT a.id, a.district_code, a.intl_coop,
         EXISTS (SELECT 1 FROM intl_programmes p WHERE p.association_id = a.id AND p.status = 'active') AS new_intl_coop
    FROM associations a`;

/** Every association and its facets as its sector and resource rows give them (association_facet_lists). */
export const ASSOCIATION_FACETS = `
  SELECT a.id, a.district_code, a.facets, coalesce(f.facets, '{}') AS new_facets
    FROM associations a LEFT JOIN association_facet_lists f ON f.association_id = a.id`;

/** The distinct words of every association's search text, as remember_search_words adds them. */
export const SEARCH_WORDS_OF_ASSOCIATIONS = `
  SELECT DISTINCT w.word
    FROM associations a CROSS JOIN LATERAL unnest(string_to_array(a.search_text, ' ')) AS w(word)
   WHERE w.word <> ''`;

/** Live associations at each grid zoom: the cell (tx, ty, cell) the grid functions put them in, x and y in 3857. */
const PLACED_IN_CELLS = (maxZoom: number) => `
    FROM associations a
   CROSS JOIN LATERAL ST_Transform(a.geom, 3857) AS p
   CROSS JOIN generate_series(0, ${maxZoom}) AS z
   CROSS JOIN LATERAL (SELECT tile_grid_column(ST_X(p), z) AS gc, tile_grid_row(ST_Y(p), z) AS gr) AS c`;
const CELL_OF = 'z::smallint AS z, gc >> 4 AS tx, gr >> 4 AS ty, ((gr & 15) << 4 | (gc & 15))::smallint AS cell';
const SUMS = `min(a.governorate_code) AS governorate_code, count(*)::int AS n, sum(a.members)::bigint AS members,
         sum(a.id)::bigint AS id_sum, sum(ST_X(p)) AS x_sum, sum(ST_Y(p)) AS y_sum`;

/** association_grid as association_grid_apply would build it from every live association. */
export const ASSOCIATION_GRID_OF_REGISTRY = `
  SELECT ${CELL_OF}, a.district_code, a.kind, a.status, a.intl_coop, ${SUMS}
  ${PLACED_IN_CELLS(CLUSTER_MAX_ZOOM)}
   WHERE a.deleted_at IS NULL
   GROUP BY 1, 2, 3, 4, a.district_code, a.kind, a.status, a.intl_coop`;

/** association_facet_grid as association_facet_grid_apply would build it: one row per facet, keyed by district. */
export const FACET_GRID_OF_REGISTRY = `
  SELECT ${CELL_OF}, f.facet, a.district_code, ${SUMS}
  ${PLACED_IN_CELLS(FACET_GRID_MAX_ZOOM)}
   CROSS JOIN unnest(a.facets) AS f(facet)
   WHERE a.deleted_at IS NULL
   GROUP BY 1, 2, 3, 4, f.facet, a.district_code`;

/**
 * Districts whose stats cells may lag, by design, until the next read refreshes them: those marked in stats_dirty,
 * and those of associations marked there (what the refresher would take now).
 */
export const PENDING_STATS_DISTRICTS = `
  SELECT district_code FROM stats_dirty WHERE district_code IS NOT NULL
  UNION
  SELECT a.district_code FROM associations a WHERE a.id IN (SELECT association_id FROM stats_dirty)`;

/**
 * Every comparison below yields one row per compared thing: `district_code` (for counts per district), `key` (what
 * it is, for people), `differs`, `tolerated` (differs in a way the design allows) and `stored` / `expected` (jsonb).
 */
const PLACE_COMPARISON = (places: string, what: string) => `
  SELECT x.district_code, '${what} ' || x.id AS key,
         (x.district_code, x.governorate_code) IS DISTINCT FROM (x.new_district, x.new_governorate) AS differs,
         false AS tolerated,
         jsonb_build_object('district', x.district_code, 'governorate', x.governorate_code) AS stored,
         jsonb_build_object('district', x.new_district, 'governorate', x.new_governorate) AS expected
    FROM (${places}) x`;

export const COMPARE_ASSOCIATION_PLACES = PLACE_COMPARISON(ASSOCIATION_PLACES, 'association');
export const COMPARE_VILLAGE_PLACES = PLACE_COMPARISON(PLACE_PLACES('villages'), 'village');
export const COMPARE_SOCIAL_UNIT_PLACES = PLACE_COMPARISON(PLACE_PLACES('social_units'), 'social unit');

export const COMPARE_COOPERATION = `
  SELECT x.district_code, 'association ' || x.id AS key, x.intl_coop <> x.new_intl_coop AS differs, false AS tolerated,
         to_jsonb(x.intl_coop) AS stored, to_jsonb(x.new_intl_coop) AS expected
    FROM (${ASSOCIATION_COOPERATION}) x`;

export const COMPARE_FACETS = `
  SELECT x.district_code, 'association ' || x.id AS key, x.facets IS DISTINCT FROM x.new_facets AS differs,
         false AS tolerated, to_jsonb(x.facets) AS stored, to_jsonb(x.new_facets) AS expected
    FROM (${ASSOCIATION_FACETS}) x`;

/** A missing word is a difference; a word no association uses any more stays by design (tolerated). */
export const COMPARE_SEARCH_WORDS = `
  SELECT NULL::text AS district_code, coalesce(s.word, e.word) AS key, s.word IS NULL AS differs,
         e.word IS NULL AS tolerated, to_jsonb(s.word IS NOT NULL) AS stored, to_jsonb(e.word IS NOT NULL) AS expected
    FROM search_words s FULL JOIN (${SEARCH_WORDS_OF_ASSOCIATIONS}) e ON e.word = s.word`;

/** A grid cell as people read it: zoom, tile, cell, then what else keys it. */
const CELL_KEY = (rest: string) => `format('z%s %s/%s cell %s %s', x.z, x.tx, x.ty, x.cell, ${rest})`;

/** The figures of a grid row (`alias`); the position as the mean the tiles draw (x_sum / n). */
const CELL_FIGURES = (alias: string) => `CASE WHEN ${alias}.z IS NOT NULL THEN jsonb_build_object(
    'governorate', ${alias}.governorate_code, 'n', ${alias}.n, 'members', ${alias}.members, 'idSum', ${alias}.id_sum,
    'x', round((${alias}.x_sum / nullif(${alias}.n, 0))::numeric, 2),
    'y', round((${alias}.y_sum / nullif(${alias}.n, 0))::numeric, 2)) END`;

/**
 * Counts, members and id sums exactly; the mean position within a centimetre (the sums of floating-point
 * coordinates, added and taken away one edit at a time, differ from a fresh sum in their last bits).
 */
const CELL_DIFFERS = `(s.z IS NULL OR e.z IS NULL
          OR (s.governorate_code, s.n, s.members, s.id_sum)
             IS DISTINCT FROM (e.governorate_code, e.n, e.members, e.id_sum)
          OR abs(s.x_sum - e.x_sum) > 0.01 * e.n OR abs(s.y_sum - e.y_sum) > 0.01 * e.n)`;

const GRID_COMPARISON = (table: string, expected: string, keyColumns: string[], key: string) => `
  SELECT x.district_code, ${CELL_KEY(key)} AS key, x.differs, false AS tolerated, x.stored, x.expected
    FROM (SELECT ${['z', 'tx', 'ty', 'cell', ...keyColumns].map((c) => `coalesce(s.${c}, e.${c}) AS ${c}`).join(', ')},
                 ${CELL_DIFFERS} AS differs, ${CELL_FIGURES('s')} AS stored, ${CELL_FIGURES('e')} AS expected
            FROM ${table} s
            FULL JOIN (${expected}) e
              ON ${['z', 'tx', 'ty', 'cell', ...keyColumns].map((c) => `e.${c} = s.${c}`).join(' AND ')}) x`;

export const COMPARE_ASSOCIATION_GRID = GRID_COMPARISON(
  'association_grid',
  ASSOCIATION_GRID_OF_REGISTRY,
  ['district_code', 'kind', 'status', 'intl_coop'],
  "concat_ws(' ', x.district_code, x.kind, x.status, CASE WHEN x.intl_coop THEN 'cooperating' END)",
);

export const COMPARE_FACET_GRID = GRID_COMPARISON(
  'association_facet_grid',
  FACET_GRID_OF_REGISTRY,
  ['facet', 'district_code'],
  "concat_ws(' ', x.district_code, x.facet)",
);

const STATS_FIGURES = (alias: string) => `CASE WHEN ${alias}.district_code IS NOT NULL THEN jsonb_build_object(
    'associations', ${alias}.associations, 'members', ${alias}.members, 'resources', ${alias}.resources,
    'sectors', ${alias}.sectors, 'partners', ${alias}.partners, 'donorCountries', ${alias}.donor_countries) END`;

const STATS_KEY = ['district_code', 'governorate_code', 'kind', 'status', 'intl_coop'];

/**
 * The stored cells of every district but the pending ones (binding: text[], the pending districts; a cell of a
 * district that no longer exists is compared too) against CELLS_OF_DISTRICTS (`expected`, bound with every other
 * district).
 */
export const COMPARE_STATS_CELLS = (expected: string) => `
  SELECT coalesce(s.district_code, e.district_code) AS district_code,
         concat_ws(' ', coalesce(s.district_code, e.district_code), coalesce(s.governorate_code, e.governorate_code),
                   coalesce(s.kind, e.kind), coalesce(s.status, e.status),
                   CASE WHEN coalesce(s.intl_coop, e.intl_coop) THEN 'cooperating' END) AS key,
         (s.district_code IS NULL OR e.district_code IS NULL
          OR (s.associations, s.members, s.resources, s.sectors, s.partners, s.donor_countries)
             IS DISTINCT FROM (e.associations, e.members, e.resources, e.sectors, e.partners, e.donor_countries))
           AS differs,
         false AS tolerated, ${STATS_FIGURES('s')} AS stored, ${STATS_FIGURES('e')} AS expected
    FROM (SELECT * FROM stats_cells WHERE district_code <> ALL(?::text[])) s
    FULL JOIN (${expected}) e ON ${STATS_KEY.map((c) => `e.${c} = s.${c}`).join(' AND ')}`;

/** Triggers of the schema's own tables: a disabled one (ALTER TABLE … DISABLE TRIGGER left behind) keeps nothing. */
export const COMPARE_TRIGGERS = `
  SELECT NULL::text AS district_code, format('%s on %s', t.tgname, c.relname) AS key, t.tgenabled = 'D' AS differs,
         false AS tolerated, to_jsonb(CASE WHEN t.tgenabled = 'D' THEN 'disabled' ELSE 'enabled' END) AS stored,
         to_jsonb('enabled'::text) AS expected
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
   WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace`;

/**
 * Sums a comparison (`?` is its rows): how many were compared, differ and differ as the design allows, the
 * differences per district, and the first few (binding: how many) in district and key order.
 */
export const SUMMARY_OF = (comparison: string) => `
WITH per_district AS (
  SELECT coalesce(r.district_code, '') AS district_code, count(*) AS compared,
         count(*) FILTER (WHERE r.differs) AS differences, count(*) FILTER (WHERE r.tolerated) AS tolerated,
         (array_agg(jsonb_build_object('district', r.district_code, 'key', r.key,
                                       'stored', r.stored, 'expected', r.expected)
                    ORDER BY r.key) FILTER (WHERE r.differs)) AS examples
    FROM (${comparison}) r
   GROUP BY 1)
SELECT coalesce(sum(compared), 0)::bigint AS compared, coalesce(sum(differences), 0)::bigint AS differences,
       coalesce(sum(tolerated), 0)::bigint AS tolerated,
       coalesce(jsonb_object_agg(district_code, differences)
                  FILTER (WHERE differences > 0 AND district_code <> ''), '{}') AS "byDistrict",
       coalesce((SELECT jsonb_agg(e.example) FROM (
                   SELECT x.example
                     FROM per_district p CROSS JOIN LATERAL unnest(p.examples) WITH ORDINALITY AS x(example, k)
                    ORDER BY p.district_code, x.k LIMIT ?) e), '[]') AS examples
  FROM per_district`;
