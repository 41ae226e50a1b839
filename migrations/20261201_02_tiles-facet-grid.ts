// A second cluster grid, per facet (one sector, or one resource present) and district, for zooms 0–11: a tile of
// "associations with a nursery" over the Nile at a million associations is then summed from a few thousand
// cells instead of aggregated from ~175,000 points (5.5 s measured). Kept exact by the associations' triggers.
import type { Knex } from 'knex';

/** Zooms the facet grid holds; tiles above it aggregate facet filters on the fly (tiles.sql.ts says the same). */
const FACET_GRID_MAX_ZOOM = 11;

/** association_grid_delta_of as 20261125_02 created it, the association's facets added at the end. */
const DELTA_OF_WITH_FACETS = `
CREATE OR REPLACE FUNCTION association_grid_delta_of(sign int, a associations) RETURNS association_grid_delta
LANGUAGE sql STABLE AS $$
  SELECT ROW(sign, a.id, ST_X(p), ST_Y(p), a.governorate_code, a.district_code, a.kind, a.status, a.intl_coop,
             a.members, a.facets)::association_grid_delta
    FROM ST_Transform(a.geom, 3857) AS p
$$`;

/** Like association_grid_apply, one row per facet of each delta, keyed by district only. */
const FACET_GRID_APPLY = `
CREATE OR REPLACE FUNCTION association_facet_grid_apply(deltas association_grid_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO association_facet_grid AS g (z, tx, ty, facet, cell, district_code, governorate_code,
                                           n, members, id_sum, x_sum, y_sum)
  SELECT z, gc >> 4, gr >> 4, f.facet, ((gr & 15) << 4 | (gc & 15))::smallint, d.district_code,
         min(d.governorate_code), sum(d.sign)::int, sum(d.sign * d.members::bigint), sum(d.sign * d.id::bigint),
         sum(d.sign * d.x), sum(d.sign * d.y)
    FROM unnest(deltas) AS d
   CROSS JOIN unnest(d.facets) AS f(facet)
   CROSS JOIN generate_series(0, ${FACET_GRID_MAX_ZOOM}) AS z
   CROSS JOIN LATERAL (SELECT tile_grid_column(d.x, z) AS gc, tile_grid_row(d.y, z) AS gr) AS c
   GROUP BY z, gc, gr, f.facet, d.district_code
   ORDER BY z, gc >> 4, gr >> 4, f.facet, 5, d.district_code
  ON CONFLICT (z, tx, ty, facet, cell, district_code) DO UPDATE
     SET n = g.n + excluded.n, members = g.members + excluded.members, id_sum = g.id_sum + excluded.id_sum,
         x_sum = g.x_sum + excluded.x_sum, y_sum = g.y_sum + excluded.y_sum;
  DELETE FROM association_facet_grid WHERE n = 0;
$$`;

/** Both grids; the facet grid also when only the facets change (a sector or resource row came or went). */
const TRACK_BOTH = `
CREATE OR REPLACE FUNCTION association_grid_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas association_grid_delta[];
  grid_deltas association_grid_delta[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE association_grid, association_facet_grid;
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    deltas := ARRAY(SELECT association_grid_delta_of(1, n) FROM new_rows n WHERE n.deleted_at IS NULL);
    PERFORM association_grid_apply(deltas);
  ELSIF TG_OP = 'DELETE' THEN
    deltas := ARRAY(SELECT association_grid_delta_of(-1, o) FROM old_rows o WHERE o.deleted_at IS NULL);
    PERFORM association_grid_apply(deltas);
  ELSE
    SELECT array_agg(c.d) FILTER (WHERE moved.gridded), array_agg(c.d) INTO STRICT grid_deltas, deltas
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     CROSS JOIN LATERAL (SELECT (o.geom, o.members, o.kind, o.status, o.intl_coop, o.district_code,
                                 o.deleted_at IS NULL)
                                IS DISTINCT FROM (n.geom, n.members, n.kind, n.status, n.intl_coop, n.district_code,
                                                  n.deleted_at IS NULL)
                                AS gridded) AS moved
     CROSS JOIN LATERAL (SELECT association_grid_delta_of(-1, o) WHERE o.deleted_at IS NULL
                         UNION ALL
                         SELECT association_grid_delta_of(1, n) WHERE n.deleted_at IS NULL) AS c(d)
     WHERE moved.gridded OR o.facets IS DISTINCT FROM n.facets;
    PERFORM association_grid_apply(coalesce(grid_deltas, '{}'));
  END IF;
  PERFORM association_facet_grid_apply(coalesce(deltas, '{}'));
  RETURN NULL;
END
$$`;

/** association_grid_delta_of as 20261125_02 created it, for down: no facets. */
const DELTA_OF_WITHOUT_FACETS = `
CREATE OR REPLACE FUNCTION association_grid_delta_of(sign int, a associations) RETURNS association_grid_delta
LANGUAGE sql STABLE AS $$
  SELECT ROW(sign, a.id, ST_X(p), ST_Y(p), a.governorate_code, a.district_code, a.kind, a.status, a.intl_coop,
             a.members)::association_grid_delta
    FROM ST_Transform(a.geom, 3857) AS p
$$`;

/** association_grid_track as 20261125_02 created it, for down: the association grid only. */
const TRACK_GRID_ONLY = `
CREATE OR REPLACE FUNCTION association_grid_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE association_grid;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM association_grid_apply(ARRAY(
      SELECT association_grid_delta_of(1, n) FROM new_rows n WHERE n.deleted_at IS NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM association_grid_apply(ARRAY(
      SELECT association_grid_delta_of(-1, o) FROM old_rows o WHERE o.deleted_at IS NULL));
  ELSE
    PERFORM association_grid_apply(ARRAY(
      SELECT c.d
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       CROSS JOIN LATERAL (SELECT association_grid_delta_of(-1, o) WHERE o.deleted_at IS NULL
                           UNION ALL
                           SELECT association_grid_delta_of(1, n) WHERE n.deleted_at IS NULL) AS c(d)
       WHERE (o.geom, o.members, o.kind, o.status, o.intl_coop, o.district_code, o.deleted_at IS NULL)
             IS DISTINCT FROM (n.geom, n.members, n.kind, n.status, n.intl_coop, n.district_code,
                               n.deleted_at IS NULL)));
  END IF;
  RETURN NULL;
END
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TYPE association_grid_delta ADD ATTRIBUTE facets text[]');
  await knex.raw(DELTA_OF_WITH_FACETS);
  await knex.raw(`
    CREATE TABLE association_facet_grid (
      z smallint NOT NULL,
      tx int NOT NULL,
      ty int NOT NULL,
      facet text NOT NULL,
      cell smallint NOT NULL,
      district_code text NOT NULL,
      governorate_code text NOT NULL,
      n int NOT NULL,
      members bigint NOT NULL,
      id_sum bigint NOT NULL,
      x_sum float8 NOT NULL,
      y_sum float8 NOT NULL,
      PRIMARY KEY (z, tx, ty, facet, cell, district_code))`);
  await knex.raw('CREATE INDEX association_facet_grid_emptied ON association_facet_grid (z) WHERE n = 0');
  // Under the name and columns of \`associations AS a\`, so applyAssociationFilters narrows it by governorate and
  // district.
  await knex.raw(`CREATE VIEW association_facet_grid_filterable AS
                  SELECT g.*, NULL::timestamptz AS deleted_at FROM association_facet_grid g`);
  await knex.raw(FACET_GRID_APPLY);
  await knex.raw(TRACK_BOTH);
  await rebuildFacetGrid(knex);
}

/** Fills the facet grid from scratch in one transaction (readers see the old one until it commits). */
async function rebuildFacetGrid(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw("SET LOCAL work_mem = '256MB'");
    await trx.raw('TRUNCATE association_facet_grid');
    await trx.raw(`SELECT association_facet_grid_apply(ARRAY(
                     SELECT association_grid_delta_of(1, a) FROM associations a
                      WHERE a.deleted_at IS NULL AND a.facets <> '{}'))`);
  });
  await knex.raw('ANALYZE association_facet_grid');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(TRACK_GRID_ONLY);
  await knex.raw('DROP FUNCTION association_facet_grid_apply(association_grid_delta[])');
  await knex.raw('DROP VIEW association_facet_grid_filterable');
  await knex.raw('DROP TABLE association_facet_grid');
  await knex.raw('ALTER TYPE association_grid_delta DROP ATTRIBUTE facets');
  await knex.raw(DELTA_OF_WITHOUT_FACETS);
}
