// Gzipped tiles in a least-recently-used cache bounded by bytes; concurrent requests for a tile being made
// share one query. A null key (data version unknown) bypasses the cache. readyTile makes a cache entry of MVT bytes.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

export interface ReadyTile {
  /** The tile gzipped; empty for a tile with no feature. */
  gzipped: Buffer;
  /** A hash of the tile's uncompressed bytes: the same tile, the same hash, whatever the data version. */
  hash: string;
}

const gzipped = promisify(gzip);
/**
 * Fastest deflate: measured on tiles of the 1M benchmark, level 1 is 3.5× faster than the default 6 on the densest
 * z14 tile (0.8 against 2.9 ms) for 3.7% more bytes, and 2× faster for 1–3% more on small tiles.
 */
const GZIP_LEVEL = 1;
const EMPTY_TILE: ReadyTile = { gzipped: Buffer.alloc(0), hash: 'empty' };

/** A tile as clients get it from the MVT bytes PostGIS made: gzipped once, hashed for its ETag. */
export async function readyTile(raw: Buffer): Promise<ReadyTile> {
  if (raw.length === 0) return EMPTY_TILE;
  return {
    gzipped: await gzipped(raw, { level: GZIP_LEVEL }),
    hash: createHash('sha1').update(raw).digest('base64url').slice(0, 22),
  };
}

/** Bookkeeping bytes per entry on top of the tile itself. */
const ENTRY_OVERHEAD = 96;

type MakeTile = () => Promise<ReadyTile>;

export class TileCache {
  /** lru-cache's fetch shares one `make` among concurrent requests for a tile not yet cached. */
  private readonly tiles: LRUCache<string, ReadyTile, MakeTile> | null;

  /** `maxBytes` 0 turns the cache off entirely (nothing kept, nothing shared). */
  constructor(maxBytes: number) {
    this.tiles =
      maxBytes > 0
        ? new LRUCache<string, ReadyTile, MakeTile>({
            maxSize: maxBytes,
            sizeCalculation: (tile, key) => tile.gzipped.length + key.length + ENTRY_OVERHEAD,
            fetchMethod: (_key, _stale, { context: make }) => make(),
          })
        : null;
  }

  async get(key: string | null, make: MakeTile): Promise<ReadyTile> {
    if (key === null || !this.tiles) return make();
    return (await this.tiles.fetch(key, { context: make })) ?? make();
  }
}
