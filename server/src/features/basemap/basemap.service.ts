// Basemap tiles as clients get them: made by PostGIS, gzipped once, hashed for the ETag, and kept in a
// least-recently-used cache bounded by bytes (lru-cache's fetchMethod shares one query between concurrent requests).
// The basemap changes only when boundaries or villages are reloaded, so entries live for a bounded time.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db';
import type { ReadyTile } from '../tiles/tile-cache';
import type { TileCoordinates } from '../tiles/tile-coordinates';
import { BASEMAP_TILE } from './basemap.sql';

const gzipped = promisify(gzip);
const EMPTY_TILE: ReadyTile = { gzipped: Buffer.alloc(0), hash: 'empty' };
/** Web Mercator's circumference over a 4096-unit tile: metres per tile unit at zoom 0. */
const UNIT_AT_ZOOM_0 = 40_075_016.686 / 4096;
/** Simplify to this many tile units (a tile of 4096 units is drawn 512 px wide: half a pixel). */
const TOLERANCE_UNITS = 4;
const CACHE_BYTES = 32 * 1024 * 1024;
const CACHE_TTL_MS = 10 * 60 * 1000;

export interface BasemapService {
  tile: (coordinates: TileCoordinates) => Promise<ReadyTile>;
}

export function createBasemapService(db: Db): BasemapService {
  async function makeTile({ z, x, y }: TileCoordinates): Promise<ReadyTile> {
    const tolerance = (UNIT_AT_ZOOM_0 / 2 ** z) * TOLERANCE_UNITS;
    const result = await db.raw<{ rows: { tile: Buffer }[] }>(BASEMAP_TILE, [z, x, y, z, tolerance]);
    const raw = result.rows[0]?.tile ?? Buffer.alloc(0);
    if (raw.length === 0) return EMPTY_TILE;
    return { gzipped: await gzipped(raw, { level: 6 }), hash: createHash('sha1').update(raw).digest('base64url').slice(0, 22) };
  }
  const cache = new LRUCache<string, ReadyTile, TileCoordinates>({
    maxSize: CACHE_BYTES,
    sizeCalculation: (tile) => tile.gzipped.length + 96,
    ttl: CACHE_TTL_MS,
    fetchMethod: (_key, _stale, { context }) => makeTile(context),
  });
  return {
    tile: async (coordinates) => {
      const { z, x, y } = coordinates;
      const tile = await cache.fetch(`${z}/${x}/${y}`, { context: coordinates });
      return tile ?? EMPTY_TILE;
    },
  };
}
