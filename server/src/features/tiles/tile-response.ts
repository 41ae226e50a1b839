// Sends a ready tile on a bare node:http response: 204 when empty, 304 when the client holds it, else the bytes
// gzipped when the client takes gzip (browsers do) or inflated when it does not; cacheable, varying by Accept-Encoding.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { ReadyTile } from './tile-cache';

const MVT_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';
const inflated = promisify(gunzip);

/**
 * If-None-Match by weak comparison (RFC 9110 §13.1.2), whatever Cache-Control the request carries: fetch() adds
 * no-cache to every conditional request, though an origin may still answer 304.
 */
function holdsAlready(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Accept-Encoding names gzip (or *) with a q above zero (RFC 9110 §12.5.3). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((entry) => {
    const [coding = '', ...parameters] = entry.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export async function sendTile(
  req: IncomingMessage,
  res: ServerResponse,
  tile: ReadyTile,
  maxAgeSeconds: number,
): Promise<void> {
  res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
  res.setHeader('Vary', 'Accept-Encoding');
  if (tile.gzipped.length === 0) {
    res.writeHead(204).end();
    return;
  }
  const asGzip = acceptsGzip(req.headers['accept-encoding']);
  // Two encodings are two representations: each has its own strong ETag.
  const etag = asGzip ? `"${tile.hash}-gzip"` : `"${tile.hash}"`;
  res.setHeader('ETag', etag);
  if (holdsAlready(req.headers['if-none-match'], etag)) {
    res.writeHead(304).end();
    return;
  }
  const body = asGzip ? tile.gzipped : await inflated(tile.gzipped);
  res.writeHead(200, {
    'Content-Type': MVT_CONTENT_TYPE,
    'Content-Length': body.length,
    ...(asGzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
