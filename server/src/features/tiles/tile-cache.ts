// Gzipped tiles in a least-recently-used cache bounded by bytes; concurrent requests for a tile being made
// share one query. A null key (data version unknown) bypasses the cache.
import { LRUCache } from 'lru-cache';

export interface ReadyTile {
  /** The tile gzipped; empty for a tile with no feature. */
  gzipped: Buffer;
  /** A hash of the tile's uncompressed bytes: the same tile, the same hash, whatever the data version. */
  hash: string;
}

/** Bookkeeping bytes per entry on top of the tile itself. */
const ENTRY_OVERHEAD = 96;

export class TileCache {
  private readonly tiles: LRUCache<string, ReadyTile> | null;
  private readonly inFlight = new Map<string, Promise<ReadyTile>>();

  /** `maxBytes` 0 turns the cache off entirely (nothing kept, nothing shared). */
  constructor(maxBytes: number) {
    this.tiles =
      maxBytes > 0
        ? new LRUCache<string, ReadyTile>({
            maxSize: maxBytes,
            sizeCalculation: (tile, key) => tile.gzipped.length + key.length + ENTRY_OVERHEAD,
          })
        : null;
  }

  async get(key: string | null, make: () => Promise<ReadyTile>): Promise<ReadyTile> {
    if (key === null || !this.tiles) return make();
    const cached = this.tiles.get(key);
    if (cached) return cached;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const making = make()
      .then((tile) => {
        this.tiles?.set(key, tile);
        return tile;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, making);
    return making;
  }
}
