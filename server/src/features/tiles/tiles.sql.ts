// Tile SQL in Martin's shape: ST_AsMVT over ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope(z, x, y), …)
// with the envelope transformed to the column's 4326 for the index, never the column. `?` are knex bindings.

export const TILE_EXTENT = 4096;
/** Pixels (of TILE_EXTENT) kept beyond the tile's edge so symbols near it are not cut off. */
export const TILE_BUFFER = 64;
/** Zooms up to this one are served as clusters from the grid; the grid migrations fill zooms 0 to 13. */
export const CLUSTER_MAX_ZOOM = 13;
/** Zooms the facet grid holds (migrations/…_tiles-facet-grid.ts): one sector or one resource, by district. */
export const FACET_GRID_MAX_ZOOM = 11;
const LAYERS = { associations: 'associations', clusters: 'clusters' } as const;

/** `a` (associations or rows shaped like them) meets tile z, x, y grown by `margin` (a fraction of its side). */
export const IN_TILE = 'a.geom && ST_Transform(ST_TileEnvelope(?, ?, ?, margin => ?), 4326)';

/**
 * The only attributes the map draws: kind (symbol), members (size), intlCoop (colour), status, and precision (a
 * hollow symbol) only where the point is a village's or a district's rather than the association's own (NULL
 * attributes are left out of the tile, so exact points carry nothing extra); id is the feature id.
 */
export const POINT_COLUMNS = `
  ST_AsMVTGeom(ST_Transform(a.geom, 3857), ST_TileEnvelope(?, ?, ?), ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom,
  a.id, a.kind, a.members, a.intl_coop AS "intlCoop", a.status, NULLIF(a.location_precision, 'exact') AS precision`;

/** One layer of every association in the tile (`?` = the rows of POINT_COLUMNS). */
export const POINTS_TILE = `
  SELECT ST_AsMVT(tile, '${LAYERS.associations}', ${TILE_EXTENT}, 'geom', 'id') AS mvt FROM ? AS tile`;

/** Count, members, the mean position in 3857, and the id when the cell holds one, of a grid's rows `a` per cell. */
export const CELL_SUMS = `
  sum(a.n) AS n, sum(a.members)::bigint AS members, sum(a.x_sum) / sum(a.n) AS x, sum(a.y_sum) / sum(a.n) AS y,
  sum(a.id_sum) AS id`;

/**
 * Per grid cell of the tile, from the precomputed grid (`association_grid_filterable AS a`, already narrowed
 * to z, x, y and the filters): CELL_SUMS, and what a cell of one association is drawn with.
 */
export const GRID_CELL_COLUMNS = `${CELL_SUMS},
  min(a.kind) AS kind, min(a.status) AS status, bool_or(a.intl_coop) AS intl_coop`;

/**
 * The same cells from the facet grid (`?` = its CELL_SUMS per cell, narrowed to z, x, y, the facet and the
 * places), which keeps no kind, status or cooperation: a cell of one association reads them from it (by
 * primary key: the id sum is numeric, and only as bigint can it meet the index).
 */
export const FACET_CELLS = `
  SELECT c.n, c.members, c.x, c.y, c.id, x.kind, x.status, x.intl_coop
    FROM (?) AS c
    LEFT JOIN associations x ON c.n = 1 AND x.id = c.id::bigint`;

/** The point in 3857 once per row (a function in FROM is evaluated once; in the select list, once per use). */
export const WEB_MERCATOR = 'CROSS JOIN LATERAL ST_Transform(a.geom, 3857) AS g';

/** Filtered associations in the tile with their 3857 position (WEB_MERCATOR joined), for aggregating on the fly. */
export const PLACED_POINT_COLUMNS = 'a.id, a.kind, a.status, a.intl_coop, a.members, ST_X(g) AS x, ST_Y(g) AS y';

/**
 * The same cells as GRID_CELL_COLUMNS, computed from the filtered rows (bindings: z, z, rows of
 * PLACED_POINT_COLUMNS, x, y); the grid functions place each point so both ways cut cells alike.
 */
export const ON_THE_FLY_CELLS = `
  SELECT count(*) AS n, sum(members)::bigint AS members, avg(x) AS x, avg(y) AS y, sum(id) AS id,
         min(kind) AS kind, min(status) AS status, bool_or(intl_coop) AS intl_coop
    FROM (SELECT pts.*, tile_grid_column(pts.x, ?) AS gc, tile_grid_row(pts.y, ?) AS gr FROM ? AS pts) AS placed
   WHERE gc >> 4 = ? AND gr >> 4 = ?
   GROUP BY gc, gr`;

const CELL_GEOM = `ST_AsMVTGeom(ST_Point(x, y, 3857), ST_TileEnvelope(?, ?, ?), ${TILE_EXTENT}, ${TILE_BUFFER}, true)
  AS geom`;

/**
 * Cells of several associations become `clusters` (count, members); a cell of one becomes that association in
 * the `associations` layer, as at high zoom. Bindings: the cells, then z, x, y twice.
 */
export const CLUSTERS_TILE = `
  WITH cells AS MATERIALIZED (?)
  SELECT coalesce((SELECT ST_AsMVT(c, '${LAYERS.clusters}', ${TILE_EXTENT}, 'geom')
                     FROM (SELECT ${CELL_GEOM}, n AS count, members FROM cells WHERE n > 1) AS c), '')
      || coalesce((SELECT ST_AsMVT(p, '${LAYERS.associations}', ${TILE_EXTENT}, 'geom', 'id')
                     FROM (SELECT ${CELL_GEOM}, id::int AS id, kind, members::int AS members,
                                  intl_coop AS "intlCoop", status
                             FROM cells WHERE n = 1) AS p), '') AS mvt`;
