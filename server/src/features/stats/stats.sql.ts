// Totals and per-district figures over a filtered set of associations, built as one JSON document by PostgreSQL:
// from the associations themselves (any filter), or summed from the stats cells (filters on place, kind, status and
// cooperation only). Both first reduce to the same figures (FIGURES), which one tail turns into the document.
import { prefixOf } from '../../lib/facets';
import { DISTRICT_POPULATIONS } from './district-population.sql';

const SECTOR_PREFIX = prefixOf('sector');

/** The sector codes of `alias.facets`, one row each (`x.code`): a lateral item for FROM. */
const SECTOR_CODES_OF = (alias: string) =>
  `LATERAL (SELECT substr(f, ${SECTOR_PREFIX.length + 1}) AS code FROM unnest(${alias}.facets) AS f
             WHERE f LIKE '${SECTOR_PREFIX}%') AS x`;

/** What a stats cell is keyed by, as columns of the registry and of stats_cells alike; of an alias when given. */
const CELL_COLUMNS = ['district_code', 'governorate_code', 'kind', 'status', 'intl_coop'];
const CELL_KEY = CELL_COLUMNS.join(', ');
const cellKeyOf = (alias: string) => CELL_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

/** Totals of one JSON list column of the cells (name → count), as (name, n). */
const SUMMED_FROM_CELLS = (column: string) =>
  `SELECT e.key AS name, sum(e.value::bigint) AS n
     FROM cells c CROSS JOIN LATERAL jsonb_each_text(c.${column}) AS e GROUP BY e.key`;

/** One JSON object per cell (`j`) from rows of `rows` carrying the cell key and `name` → `value`. */
const PER_CELL_OBJECT = (rows: string) =>
  `SELECT ${CELL_KEY}, jsonb_object_agg(name, value) AS j FROM (${rows}) x GROUP BY ${CELL_KEY}`;

/**
 * The figures of `filtered` (a sub-query over `associations AS a` selecting id, district_code, members, intl_coop,
 * kind, status, facets) as the CTEs FIGURES names. Sectors are counted from the facets on each
 * row; programmes are looked up for cooperating associations only (an active programme is what makes one
 * cooperating), so neither table is read whole for a governorate: `OFFSET 0` keeps the look-up per association,
 * where the planner, expecting half of them to cooperate (a third as many do in Qena at a million), hashed all
 * 150,000 programmes instead (123 ms of a 550 ms request).
 */
const FIGURES_OF_ASSOCIATIONS = `
per_cell AS (
  SELECT district_code, kind, status, count(*) AS associations, coalesce(sum(members), 0) AS members,
         count(*) FILTER (WHERE intl_coop) AS intl_coop
    FROM filtered GROUP BY district_code, kind, status),
resource_totals AS (
  SELECT f.district_code, r.resource_code, sum(r.quantity) AS quantity
    FROM filtered f JOIN association_resources r ON r.association_id = f.id
   GROUP BY f.district_code, r.resource_code),
sector_totals AS (
  SELECT x.code AS name, count(*) AS n FROM filtered f CROSS JOIN ${SECTOR_CODES_OF('f')} GROUP BY x.code),
active_programmes AS (
  SELECT p.association_id, p.partner, p.donor_country
    FROM filtered f
   CROSS JOIN LATERAL (SELECT * FROM intl_programmes p WHERE p.association_id = f.id AND p.status = 'active' OFFSET 0) p
   WHERE f.intl_coop),
partner_totals AS (
  SELECT partner AS name, count(DISTINCT association_id) AS n FROM active_programmes GROUP BY partner),
donor_totals AS (
  SELECT donor_country AS name, count(DISTINCT association_id) AS n
    FROM active_programmes WHERE donor_country IS NOT NULL GROUP BY donor_country)`;

/** The same figures summed from `cells` (a sub-query over stats_cells_filterable), whose lists are JSON objects. */
const FIGURES_OF_CELLS = `
per_cell AS (
  SELECT district_code, kind, status, sum(associations) AS associations, sum(members) AS members,
         coalesce(sum(associations) FILTER (WHERE intl_coop), 0) AS intl_coop
    FROM cells GROUP BY district_code, kind, status),
resource_totals AS (
  SELECT c.district_code, e.key AS resource_code, sum(e.value::bigint) AS quantity
    FROM cells c CROSS JOIN LATERAL jsonb_each_text(c.resources) AS e GROUP BY c.district_code, e.key),
sector_totals AS (${SUMMED_FROM_CELLS('sectors')}),
partner_totals AS (${SUMMED_FROM_CELLS('partners')}),
donor_totals AS (${SUMMED_FROM_CELLS('donor_countries')})`;

/**
 * The document from the figures: per_cell (district_code, kind, status, associations, members, intl_coop),
 * resource_totals (district_code, resource_code, quantity), and sector_totals, partner_totals and donor_totals
 * (name, n). Bindings: governorate codes and district codes whose districts are listed even with
 * no match (gaps). Districts carry their population on their governorate's census basis (district-population.sql.ts),
 * and per-10,000 figures from it; none where the district has no figure.
 */
const DOCUMENT = `
per_district AS (
  SELECT district_code, sum(associations) AS associations, sum(members) AS members, sum(intl_coop) AS intl_coop
    FROM per_cell GROUP BY district_code),
district_resources AS (
  SELECT district_code, json_object_agg(resource_code, quantity ORDER BY resource_code) AS resources
    FROM resource_totals GROUP BY district_code),
listed AS (
  SELECT d.code, d.governorate_code, d.name_ar, d.name_en, p.population, p.population_year, p.population_basis,
         p.estimated_from
    FROM districts d JOIN (${DISTRICT_POPULATIONS}) p USING (code)
   WHERE d.code IN (SELECT district_code FROM per_district)
      OR d.governorate_code = ANY(?::text[]) OR d.code = ANY(?::text[]))
SELECT json_build_object(
  'totals', json_build_object(
    'associations', (SELECT coalesce(sum(associations), 0) FROM per_cell),
    'members', (SELECT coalesce(sum(members), 0) FROM per_cell),
    'intlCoop', (SELECT coalesce(sum(intl_coop), 0) FROM per_cell),
    'byKind', (SELECT coalesce(json_object_agg(kind, n ORDER BY kind), '{}'::json)
                 FROM (SELECT kind, sum(associations) AS n FROM per_cell GROUP BY kind) k),
    'byStatus', (SELECT coalesce(json_object_agg(status, n ORDER BY status), '{}'::json)
                   FROM (SELECT status, sum(associations) AS n FROM per_cell GROUP BY status) s),
    'resources', (SELECT coalesce(json_object_agg(resource_code, quantity ORDER BY resource_code), '{}'::json)
                    FROM (SELECT resource_code, sum(quantity) AS quantity
                            FROM resource_totals GROUP BY resource_code) r),
    'sectors', (SELECT coalesce(json_object_agg(name, n ORDER BY name), '{}'::json) FROM sector_totals),
    'partners', (SELECT coalesce(json_object_agg(name, n ORDER BY name), '{}'::json) FROM partner_totals),
    'donorCountries', (SELECT coalesce(json_object_agg(name, n ORDER BY name), '{}'::json) FROM donor_totals)),
  'districts', (SELECT coalesce(json_agg(json_build_object(
                    'code', d.code, 'governorate', d.governorate_code, 'nameAr', d.name_ar, 'nameEn', d.name_en,
                    'population', d.population, 'populationYear', d.population_year,
                    'populationBasis', d.population_basis, 'populationEstimatedFrom', d.estimated_from,
                    'associations', coalesce(p.associations, 0),
                    'members', coalesce(p.members, 0),
                    'intlCoop', coalesce(p.intl_coop, 0),
                    'associationsPer10k', CASE WHEN d.population > 0
                                               THEN round(coalesce(p.associations, 0) * 10000.0 / d.population, 2) END,
                    'membersPer10k', CASE WHEN d.population > 0
                                          THEN round(coalesce(p.members, 0) * 10000.0 / d.population, 2) END,
                    'resources', coalesce(dr.resources, '{}'::json))
                  ORDER BY d.governorate_code, d.name_en), '[]'::json)
                  FROM listed d
                  LEFT JOIN per_district p ON p.district_code = d.code
                  LEFT JOIN district_resources dr ON dr.district_code = d.code)
)::text AS stats`;

/** Bindings: the filtered associations (see FIGURES_OF_ASSOCIATIONS), then DOCUMENT's. */
export const STATS_OF_ASSOCIATIONS = `WITH filtered AS ?, ${FIGURES_OF_ASSOCIATIONS}, ${DOCUMENT}`;

/** Bindings: the filtered cells, then DOCUMENT's. */
export const STATS_OF_CELLS = `WITH cells AS ?, ${FIGURES_OF_CELLS}, ${DOCUMENT}`;

/** The columns of stats_cells, in the order CELLS_OF_DISTRICTS selects them. */
export const STATS_CELL_COLUMNS = [
  ...CELL_COLUMNS,
  'associations',
  'members',
  'resources',
  'sectors',
  'partners',
  'donor_countries',
];

/**
 * The cells of the given districts (binding: text[]) computed from the registry, in the cells' shape (columns as
 * STATS_CELL_COLUMNS). Partners and donor countries count each cooperating association once per name. Also what
 * the consistency check compares the stored cells with.
 */
export const CELLS_OF_DISTRICTS = `
WITH live AS MATERIALIZED (
  SELECT a.id, ${cellKeyOf('a')}, a.members, a.facets
    FROM associations a WHERE a.deleted_at IS NULL AND a.district_code = ANY(?::text[])),
cells AS (
  SELECT ${CELL_KEY}, count(*)::int AS associations, coalesce(sum(members), 0)::bigint AS members
    FROM live GROUP BY ${CELL_KEY}),
resources AS (${PER_CELL_OBJECT(`
  SELECT ${cellKeyOf('l')}, r.resource_code AS name, sum(r.quantity) AS value
    FROM live l JOIN association_resources r ON r.association_id = l.id
   GROUP BY ${cellKeyOf('l')}, r.resource_code`)}),
sectors AS (${PER_CELL_OBJECT(`
  SELECT ${cellKeyOf('l')}, x.code AS name, count(*) AS value
    FROM live l CROSS JOIN ${SECTOR_CODES_OF('l')}
   GROUP BY ${cellKeyOf('l')}, x.code`)}),
programmes AS (
  SELECT l.id, ${cellKeyOf('l')}, p.partner, p.donor_country
    FROM live l JOIN intl_programmes p ON p.association_id = l.id AND p.status = 'active'
   WHERE l.intl_coop),
partners AS (${PER_CELL_OBJECT(`
  SELECT ${CELL_KEY}, partner AS name, count(DISTINCT id) AS value FROM programmes GROUP BY ${CELL_KEY}, partner`)}),
donors AS (${PER_CELL_OBJECT(`
  SELECT ${CELL_KEY}, donor_country AS name, count(DISTINCT id) AS value
    FROM programmes WHERE donor_country IS NOT NULL GROUP BY ${CELL_KEY}, donor_country`)})
SELECT c.*, coalesce(r.j, '{}') AS resources, coalesce(s.j, '{}') AS sectors, coalesce(p.j, '{}') AS partners,
       coalesce(d.j, '{}') AS donor_countries
  FROM cells c
  LEFT JOIN resources r USING (${CELL_KEY})
  LEFT JOIN sectors s USING (${CELL_KEY})
  LEFT JOIN partners p USING (${CELL_KEY})
  LEFT JOIN donors d USING (${CELL_KEY})`;

/** Recomputes the cells of the given districts (binding: text[]); the caller has removed their old cells. */
export const RECOMPUTE_CELLS = `INSERT INTO stats_cells (${STATS_CELL_COLUMNS.join(', ')}) ${CELLS_OF_DISTRICTS}`;
