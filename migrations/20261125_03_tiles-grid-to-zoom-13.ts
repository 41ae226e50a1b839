// The cluster grid grows to zoom 13: at a million associations a z13 tile over central Cairo holds ~16,000
// points (hundreds of ms to encode); from the grid it is at most 256 cells. Points are served from zoom 14.
import type { Knex } from 'knex';

/** association_grid_apply as 20261125_02 created it but for the zooms: 0–13. */
const GRID_APPLY_TO_13 = `
CREATE OR REPLACE FUNCTION association_grid_apply(deltas association_grid_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO association_grid AS g (z, tx, ty, cell, governorate_code, district_code, kind, status, intl_coop,
                                     n, members, id_sum, x_sum, y_sum)
  SELECT z, gc >> 4, gr >> 4, ((gr & 15) << 4 | (gc & 15))::smallint, d.governorate_code, d.district_code, d.kind,
         d.status, d.intl_coop, sum(d.sign)::int, sum(d.sign * d.members::bigint), sum(d.sign * d.id::bigint),
         sum(d.sign * d.x), sum(d.sign * d.y)
    FROM unnest(deltas) AS d
   CROSS JOIN generate_series(0, 13) AS z
   CROSS JOIN LATERAL (SELECT tile_grid_column(d.x, z) AS gc, tile_grid_row(d.y, z) AS gr) AS c
   GROUP BY z, gc, gr, d.governorate_code, d.district_code, d.kind, d.status, d.intl_coop
   ORDER BY z, gc >> 4, gr >> 4, 4, d.district_code, d.kind, d.status, d.intl_coop
  ON CONFLICT (z, tx, ty, cell, district_code, kind, status, intl_coop) DO UPDATE
     SET n = g.n + excluded.n, members = g.members + excluded.members, id_sum = g.id_sum + excluded.id_sum,
         x_sum = g.x_sum + excluded.x_sum, y_sum = g.y_sum + excluded.y_sum;
  DELETE FROM association_grid WHERE n = 0;
$$`;

/** association_grid_apply as 20261125_02 created it, for down: zooms 0–12. */
const GRID_APPLY_TO_12 = `
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

export async function up(knex: Knex): Promise<void> {
  await knex.raw(GRID_APPLY_TO_13);
  // Fills the grid again, z13 included, from scratch: a sort of one row per association and zoom, in memory.
  await knex.transaction(async (trx) => {
    await trx.raw("SET LOCAL work_mem = '256MB'");
    await trx.raw('SELECT association_grid_rebuild()');
  });
  await knex.raw('ANALYZE association_grid');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(GRID_APPLY_TO_12);
  await knex.raw('DELETE FROM association_grid WHERE z = 13');
}
