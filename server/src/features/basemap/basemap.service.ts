// Basemap tiles as clients get them: made by PostGIS and kept in the tile cache the association tiles use (gzipped
// once, hashed for the ETag, concurrent requests sharing one query). The basemap changes only when the boundaries
// are reloaded, which happens before the server starts, so a tile's key is its address alone.
import type { Db } from '../../db';
import { readyTile, TileCache, type ReadyTile } from '../tiles/tile-cache';
import type { TileCoordinates } from '../tiles/tile-coordinates';
import { BASEMAP_TILE } from './basemap.sql';

/** Web Mercator's circumference over a 4096-unit tile: metres per tile unit at zoom 0. */
const UNIT_AT_ZOOM_0 = 40_075_016.686 / 4096;
/** Simplify to this many tile units (a tile of 4096 units is drawn 512 px wide: half a pixel). */
const TOLERANCE_UNITS = 4;
const CACHE_BYTES = 32 * 1024 * 1024;

export interface BasemapService {
  tile: (coordinates: TileCoordinates) => Promise<ReadyTile>;
}

/** The bindings of BASEMAP_TILE for one tile (also what the benchmark's raw SQL floor runs). */
export function basemapTileBindings({ z, x, y }: TileCoordinates): [number, number, number, number, number] {
  return [z, x, y, z, (UNIT_AT_ZOOM_0 / 2 ** z) * TOLERANCE_UNITS];
}

export function createBasemapService(db: Db): BasemapService {
  const cache = new TileCache(CACHE_BYTES);
  async function makeTile(coordinates: TileCoordinates): Promise<ReadyTile> {
    const result = await db.raw<{ rows: { tile: Buffer }[] }>(BASEMAP_TILE, basemapTileBindings(coordinates));
    return readyTile(result.rows[0]?.tile ?? Buffer.alloc(0));
  }
  return {
    tile: (coordinates) => cache.get(`${coordinates.z}/${coordinates.x}/${coordinates.y}`, () => makeTile(coordinates)),
  };
}
