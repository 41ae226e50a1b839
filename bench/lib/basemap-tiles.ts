// Basemap tile timings over the Qena window: screens centred on Qena's towns at every zoom from 5 to 14, each tile
// fetched once from a fresh server (uncached: PostGIS makes it), then again (cached), beside the raw SQL floor of
// the same tiles run straight on the database; plus the largest tile, which must stay under 200 KB.
import { performance } from 'node:perf_hooks';
import type { Db } from '../../server/src/db';
import { basemapTileBindings } from '../../server/src/features/basemap/basemap.service';
import { BASEMAP_TILE } from '../../server/src/features/basemap/basemap.sql';
import type { TileCoordinates } from '../../server/src/features/tiles/tile-coordinates';
import { percentile } from './stats';
import { viewport } from './tile-sets';

/** Qena city, Nag Hammadi, Qus, Dishna and Farshut: where the governorate's people, and the map's users, are. */
const QENA_CENTRES: readonly [number, number][] = [
  [32.7267, 26.1551],
  [32.2396, 26.0493],
  [32.7594, 25.9142],
  [32.4753, 26.1241],
  [32.163, 26.0548],
];
export const BASEMAP_ZOOMS = { from: 5, to: 14 } as const;

export interface BasemapTimings {
  tiles: number;
  sqlFloor: { p50: number; p95: number };
  uncached: { p50: number; p95: number };
  cached: { p50: number; p95: number };
  largestBytes: number;
  largestTile: string;
}

export function qenaWindowTiles(): TileCoordinates[] {
  const unique = new Map<string, TileCoordinates>();
  for (let z: number = BASEMAP_ZOOMS.from; z <= BASEMAP_ZOOMS.to; z += 1) {
    for (const [lon, lat] of QENA_CENTRES)
      for (const tile of viewport(lon, lat, z)) unique.set(`${tile.z}/${tile.x}/${tile.y}`, tile);
  }
  return [...unique.values()];
}

const spread = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};

async function timeEach<T>(
  tiles: readonly TileCoordinates[],
  fetchOne: (tile: TileCoordinates) => Promise<T>,
): Promise<{ times: number[]; results: T[] }> {
  const times: number[] = [];
  const results: T[] = [];
  for (const tile of tiles) {
    const started = performance.now();
    results.push(await fetchOne(tile));
    times.push(performance.now() - started);
  }
  return { times, results };
}

/** `baseUrl` must be a server that has not served a basemap tile yet, so the first pass is every tile a miss. */
export async function measureBasemapTiles(baseUrl: string, db: Db): Promise<BasemapTimings> {
  const tiles = qenaWindowTiles();
  // The floor runs first, so the database's buffers are warm for the uncached pass too: only the server's work differs.
  const floor = await timeEach(tiles, (tile) => db.raw(BASEMAP_TILE, basemapTileBindings(tile)));
  const fetchTile = async ({ z, x, y }: TileCoordinates): Promise<number> => {
    const reply = await fetch(`${baseUrl}/tiles/basemap/${z}/${x}/${y}.mvt`);
    if (reply.status !== 200 && reply.status !== 204) throw new Error(`basemap ${z}/${x}/${y}: HTTP ${reply.status}`);
    return (await reply.arrayBuffer()).byteLength; // fetch inflates the gzip: this is the tile's raw size
  };
  const uncached = await timeEach(tiles, fetchTile);
  const cached = await timeEach(tiles, fetchTile);
  const largest = uncached.results.reduce(
    (best, bytes, index) => (bytes > (uncached.results[best] ?? 0) ? index : best),
    0,
  );
  const largestTile = tiles[largest];
  return {
    tiles: tiles.length,
    sqlFloor: spread(floor.times),
    uncached: spread(uncached.times),
    cached: spread(cached.times),
    largestBytes: uncached.results[largest] ?? 0,
    largestTile: largestTile ? `${largestTile.z}/${largestTile.x}/${largestTile.y}` : '',
  };
}
