// A per-zoom grid of association counts for clustered tiles at zooms 0–12 (0–13 from the next migration on), kept
// exact by statement-level triggers: each cell (1/16 of a tile a side) holds count, members and sums per filterable
// value.
import type { Knex } from 'knex';

/** Column and row of the grid cell at zoom z that holds the Web Mercator point (x, y): 2^(z+4) cells a side. */
const GRID_FUNCTIONS = `
CREATE FUNCTION tile_grid_column(x float8, z int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT least(greatest(floor((x + 20037508.342789244) * (1 << (z + 4)) / 40075016.685578488), 0),
               (1 << (z + 4)) - 1)::int
$$;
CREATE FUNCTION tile_grid_row(y float8, z int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT least(greatest(floor((20037508.342789244 - y) * (1 << (z + 4)) / 40075016.685578488), 0),
               (1 << (z + 4)) - 1)::int
$$`;

/** One association's contribution, +1 when it arrives and -1 when it leaves; x and y in EPSG:3857. */
const DELTA_TYPE = `
CREATE TYPE association_grid_delta AS (
  sign int, id int, x float8, y float8, governorate_code text, district_code text, kind text, status text,
  intl_coop boolean, members int)`;

/** An association as a delta: its point in EPSG:3857 and the values the grid is keyed and summed by. */
const DELTA_OF = `
CREATE FUNCTION association_grid_delta_of(sign int, a associations) RETURNS association_grid_delta
LANGUAGE sql STABLE AS $$
  SELECT ROW(sign, a.id, ST_X(p), ST_Y(p), a.governorate_code, a.district_code, a.kind, a.status, a.intl_coop,
             a.members)::association_grid_delta
    FROM ST_Transform(a.geom, 3857) AS p
$$`;

/**
 * Adds deltas into every zoom's cell (tx, ty: the tile; cell: row * 16 + column inside it), in key order so
 * that concurrent writers lock grid rows in the same order; cells that fall to zero are removed.
 * id_sum is the id itself where a cell holds one association, so such a cell can be drawn as that association.
 */
const GRID_APPLY = `
CREATE OR REPLACE FUNCTION association_grid_apply(deltas association_grid_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO association_grid AS g (z, tx, ty, cell, governorate_code, district_code, kind, status, intl_coop,
                                     n, members, id_sum, x_sum, y_sum)
  SELECT z, gc >> 4, gr >> 4, ((gr & 15) << 4 | (gc & 15))::smallint, d.governorate_code, d.district_code, d.kind,
         d.status, d.intl_coop, sum(d.sign)::int, sum(d.sign * d.members::bigint), sum(d.sign * d.id::bigint),
         sum(d.sign * d.x), sum(d.sign * d.y)
    FROM unnest(deltas) AS d
   CROSS JOIN generate_series(0, 12) AS z
   CROSS JOIN LATERAL (SELECT tile_grid_column(d.x, z) AS gc, tile_grid_row(d.y, z) AS gr) AS c
   GROUP BY z, gc, gr, d.governorate_code, d.district_code, d.kind, d.status, d.intl_coop
   ORDER BY z, gc >> 4, gr >> 4, 4, d.district_code, d.kind, d.status, d.intl_coop
  ON CONFLICT (z, tx, ty, cell, district_code, kind, status, intl_coop) DO UPDATE
     SET n = g.n + excluded.n, members = g.members + excluded.members, id_sum = g.id_sum + excluded.id_sum,
         x_sum = g.x_sum + excluded.x_sum, y_sum = g.y_sum + excluded.y_sum;
  DELETE FROM association_grid WHERE n = 0;
$$`;

/** Live associations only; an update counts only when it moves, resizes, reclassifies, deletes or restores. */
const TRACK = `
CREATE FUNCTION association_grid_track() RETURNS trigger LANGUAGE plpgsql AS $$
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

const REBUILD = `
CREATE FUNCTION association_grid_rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE association_grid;
  SELECT association_grid_apply(ARRAY(
    SELECT association_grid_delta_of(1, a) FROM associations a WHERE a.deleted_at IS NULL));
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(GRID_FUNCTIONS);
  await knex.raw(`
    CREATE TABLE association_grid (
      z smallint NOT NULL,
      tx int NOT NULL,
      ty int NOT NULL,
      cell smallint NOT NULL,
      governorate_code text NOT NULL,
      district_code text NOT NULL,
      kind text NOT NULL,
      status text NOT NULL,
      intl_coop boolean NOT NULL,
      n int NOT NULL,
      members bigint NOT NULL,
      id_sum bigint NOT NULL,
      x_sum float8 NOT NULL,
      y_sum float8 NOT NULL,
      PRIMARY KEY (z, tx, ty, cell, district_code, kind, status, intl_coop))`);
  await knex.raw('CREATE INDEX association_grid_emptied ON association_grid (z) WHERE n = 0');
  // The grid under the name and columns of \`associations AS a\` that applyAssociationFilters reads, so the
  // filters it can answer (governorate, district, kind, status, intlCoop) apply to it unchanged.
  await knex.raw(
    'CREATE VIEW association_grid_filterable AS SELECT g.*, NULL::timestamptz AS deleted_at FROM association_grid g',
  );
  await knex.raw(DELTA_TYPE);
  await knex.raw(DELTA_OF);
  await knex.raw(GRID_APPLY);
  await knex.raw(TRACK);
  await knex.raw(REBUILD);
  for (const [event, transitions] of [
    ['INSERT', 'REFERENCING NEW TABLE AS new_rows'],
    ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
    ['DELETE', 'REFERENCING OLD TABLE AS old_rows'],
    ['TRUNCATE', ''],
  ] as const) {
    await knex.raw(`CREATE TRIGGER associations_grid_${event.toLowerCase()} AFTER ${event} ON associations
                    ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION association_grid_track()`);
  }
  await rebuildGrid(knex);
}

/** Fills the grid from scratch. */
async function rebuildGrid(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    // A sort of one row per association and zoom: give it memory rather than temporary files.
    await trx.raw("SET LOCAL work_mem = '256MB'");
    await trx.raw('SELECT association_grid_rebuild()');
  });
  await knex.raw('ANALYZE association_grid');
}

export async function down(knex: Knex): Promise<void> {
  for (const event of ['insert', 'update', 'delete', 'truncate']) {
    await knex.raw(`DROP TRIGGER associations_grid_${event} ON associations`);
  }
  await knex.raw('DROP VIEW association_grid_filterable');
  await knex.raw('DROP TABLE association_grid');
  await knex.raw(`DROP FUNCTION association_grid_rebuild(); DROP FUNCTION association_grid_track();
                  DROP FUNCTION association_grid_apply(association_grid_delta[]);
                  DROP FUNCTION association_grid_delta_of(int, associations); DROP TYPE association_grid_delta;
                  DROP FUNCTION tile_grid_column(float8, int); DROP FUNCTION tile_grid_row(float8, int)`);
}
