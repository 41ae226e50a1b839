// Sends a ready tile: 204 when empty, 304 when the client holds it, else the bytes gzipped when the client takes
// gzip (browsers do) or inflated when it does not; cacheable for a short while, varying by Accept-Encoding.
import type { Request, Response } from 'express';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { ReadyTile } from './tile-cache';

const MVT_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';
const inflated = promisify(gunzip);

/**
 * If-None-Match by weak comparison (RFC 9110 §13.1.2). Not req.fresh: that refuses whenever the request says
 * Cache-Control: no-cache, which fetch() adds to every conditional request, though an origin may still answer 304.
 */
function holdsAlready(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export async function sendTile(req: Request, res: Response, tile: ReadyTile, maxAgeSeconds: number): Promise<void> {
  res.set({ 'Cache-Control': `public, max-age=${maxAgeSeconds}`, Vary: 'Accept-Encoding' });
  if (tile.gzipped.length === 0) {
    res.status(204).end();
    return;
  }
  const asGzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
  // Two encodings are two representations: each has its own strong ETag.
  const etag = asGzip ? `"${tile.hash}-gzip"` : `"${tile.hash}"`;
  res.set('ETag', etag);
  if (holdsAlready(req.get('If-None-Match'), etag)) {
    res.status(304).end();
    return;
  }
  res.type(MVT_CONTENT_TYPE);
  if (asGzip) res.set('Content-Encoding', 'gzip').send(tile.gzipped);
  else res.send(await inflated(tile.gzipped));
}
