// Sizes of the tiles of a set, raw and gzipped, fetched once each with gzip accepted.
import { gunzipSync } from 'node:zlib';
import type { TileCoordinates } from '../../server/src/features/tiles/tile-coordinates';
import { tilePath } from './tile-sets';

export interface TileBytes {
  tiles: number;
  empty: number;
  rawMax: number;
  rawMean: number;
  gzipMax: number;
  gzipMean: number;
}

/** Uses http directly: fetch() would inflate the body before its size could be read. */
async function gzippedBody(url: string): Promise<Buffer> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          response.statusCode && response.statusCode < 300
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`${url}: ${response.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

export async function measureBytes(baseUrl: string, tiles: readonly TileCoordinates[]): Promise<TileBytes> {
  const sizes = { tiles: tiles.length, empty: 0, rawMax: 0, rawSum: 0, gzipMax: 0, gzipSum: 0 };
  for (const tile of tiles) {
    const gzipped = await gzippedBody(`${baseUrl}${tilePath(tile)}`);
    if (gzipped.length === 0) {
      sizes.empty += 1;
      continue;
    }
    const raw = gunzipSync(gzipped).length;
    sizes.rawMax = Math.max(sizes.rawMax, raw);
    sizes.gzipMax = Math.max(sizes.gzipMax, gzipped.length);
    sizes.rawSum += raw;
    sizes.gzipSum += gzipped.length;
  }
  const full = Math.max(1, sizes.tiles - sizes.empty);
  return { ...sizes, rawMean: sizes.rawSum / full, gzipMean: sizes.gzipSum / full };
}
