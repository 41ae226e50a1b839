// Builds and runs the SQL of one tile: every association above CLUSTER_MAX_ZOOM, else clusters from the grid
// when it can answer the filters, from the facet grid when they name one sector or resource, or aggregated on
// the fly from the filtered associations when neither can.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Pool } from 'pg';
import type { Db } from '../../db';
import { facet } from '../../lib/facets';
import {
  answerableByPrecomputed,
  applyAssociationFilters,
  type ResolvedAssociationFilters,
} from '../associations/association-filters.queries';
import type { TileCoordinates } from './tile-coordinates';
import {
  CELL_SUMS,
  CLUSTER_MAX_ZOOM,
  CLUSTERS_TILE,
  FACET_CELLS,
  FACET_GRID_MAX_ZOOM,
  GRID_CELL_COLUMNS,
  IN_TILE,
  ON_THE_FLY_CELLS,
  PLACED_POINT_COLUMNS,
  POINT_COLUMNS,
  POINTS_TILE,
  TILE_BUFFER,
  TILE_EXTENT,
  WEB_MERCATOR,
} from './tiles.sql';

/** The filters the facet grid is kept by, beside the facet itself. */
const PLACE_FILTERS = new Set(['governorate', 'district']);

/**
 * The facet grid's key for filters that are one sector, or one resource present at all, with places only
 * (governorate, district): `sector:health`, `resource:nursery`; null when the facet grid cannot answer them.
 */
export function facetOf(filters: ResolvedAssociationFilters): string | null {
  const { sector, resource, ...others } = filters;
  const otherFilters = Object.entries(others).filter(([name]) => !PLACE_FILTERS.has(name));
  if (otherFilters.some(([, value]) => value !== undefined)) return null;
  const sectors = new Set(sector ?? []);
  const resources = new Set((resource ?? []).map((need) => (need.minQuantity <= 1 ? need.code : null)));
  const [onlySector] = sectors;
  const [onlyResource] = resources;
  if (sectors.size === 1 && resources.size === 0 && onlySector) return facet('sector', onlySector);
  if (resources.size === 1 && sectors.size === 0 && onlyResource) return facet('resource', onlyResource);
  return null;
}

function cellsSql(
  db: Db,
  { z, x, y }: TileCoordinates,
  filters: ResolvedAssociationFilters,
): Knex.Raw | Knex.QueryBuilder {
  if (answerableByPrecomputed(filters)) {
    return db('association_grid_filterable as a')
      .select(db.raw(GRID_CELL_COLUMNS))
      .where({ 'a.z': z, 'a.tx': x, 'a.ty': y })
      .modify((builder) => applyAssociationFilters(builder, filters))
      .groupBy('a.cell');
  }
  const facet = z <= FACET_GRID_MAX_ZOOM ? facetOf(filters) : null;
  if (facet) {
    const sums = db('association_facet_grid_filterable as a')
      .select(db.raw(CELL_SUMS))
      .where({ 'a.z': z, 'a.tx': x, 'a.ty': y, 'a.facet': facet })
      .modify((builder) =>
        applyAssociationFilters(builder, { governorate: filters.governorate, district: filters.district }),
      )
      .groupBy('a.cell');
    return db.raw(FACET_CELLS, [sums]);
  }
  return db.raw(ON_THE_FLY_CELLS, [
    z,
    z,
    db('associations as a')
      .joinRaw(WEB_MERCATOR)
      .select(db.raw(PLACED_POINT_COLUMNS))
      .modify((builder) => applyAssociationFilters(builder, filters))
      .whereRaw(IN_TILE, [z, x, y, EDGE_MARGIN]),
    x,
    y,
  ]);
}

/** One pixel: enough for the grid functions, not the envelope's rounding, to decide a point on the edge. */
const EDGE_MARGIN = 1 / TILE_EXTENT;

function tileSql(db: Db, { z, x, y }: TileCoordinates, filters: ResolvedAssociationFilters): Knex.Raw {
  if (z > CLUSTER_MAX_ZOOM) {
    const rows = db('associations as a')
      .select(db.raw(POINT_COLUMNS, [z, x, y]))
      .modify((builder) => applyAssociationFilters(builder, filters))
      .whereRaw(IN_TILE, [z, x, y, TILE_BUFFER / TILE_EXTENT]);
    return db.raw(POINTS_TILE, [rows]);
  }
  return db.raw(CLUSTERS_TILE, [cellsSql(db, { z, x, y }, filters), z, x, y, z, x, y]);
}

export interface TileStatement {
  name: string;
  text: string;
  values: unknown[];
}

/**
 * A named prepared statement: the name is a hash of the text,
 * so one filter shape is parsed and planned once per connection.
 */
export function tileStatement(db: Db, tile: TileCoordinates, filters: ResolvedAssociationFilters): TileStatement {
  const { sql, bindings } = tileSql(db, tile, filters).toSQL().toNative();
  const name = `tile_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
  return { name, text: sql, values: [...bindings] };
}

/** The tile's Mapbox Vector Tile bytes, uncompressed; empty when no feature falls in it. */
export async function queryTile(pool: Pool, statement: TileStatement): Promise<Buffer> {
  const result = await pool.query<{ mvt: Buffer | null }>(statement);
  return result.rows[0]?.mvt ?? Buffer.alloc(0);
}
