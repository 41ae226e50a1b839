// Absolute links for OGC documents, built from the request's own origin; media types and link relations as OGC spells them.
import type { Request } from 'express';
import type { OgcLink } from '../../../../contracts/ogc-documents';

export const MEDIA = {
  json: 'application/json',
  geojson: 'application/geo+json',
  html: 'text/html',
  openapi: 'application/vnd.oai.openapi+json;version=3.1',
} as const;

/** Where the OGC API lives; every path below is relative to the server's root. */
export const OGC_ROOT = '/ogc';

const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

export function absolute(req: Request, path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, origin(req));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

export function link(req: Request, path: string, rel: string, type: string, title?: string): OgcLink {
  // OGC resources choose their format by `f`; other pages (the API docs) have only one.
  const href = type === MEDIA.html && path.startsWith(OGC_ROOT) ? absolute(req, path, { f: 'html' }) : absolute(req, path);
  return title ? { href, rel, type, title } : { href, rel, type };
}

/** The request's own URL with some parameters set, others (filters) kept as they came. */
function requestUrlWith(req: Request, changes: Record<string, string>): string {
  const url = new URL(req.originalUrl, origin(req));
  for (const [name, value] of Object.entries(changes)) url.searchParams.set(name, value);
  return url.href;
}

/** `self` as JSON (or GeoJSON) and `alternate` as HTML for a resource at `path`. */
export function selfAndAlternate(req: Request, path: string, type: string = MEDIA.json): OgcLink[] {
  return [link(req, path, 'self', type, 'this document'), link(req, path, 'alternate', MEDIA.html, 'this document as HTML')];
}

export interface PageState {
  offset: number;
  limit: number;
  numberMatched: number;
  numberReturned: number;
}

/** self, alternate, prev and next for a page of items in format `f`; prev and next keep every filter of the request. */
export function pagingLinks(req: Request, page: PageState, f: 'json' | 'html'): OgcLink[] {
  const type = f === 'html' ? MEDIA.html : MEDIA.geojson;
  const at = (offset: number, format = f) => requestUrlWith(req, { offset: String(offset), limit: String(page.limit), f: format });
  const links: OgcLink[] = [
    { href: at(page.offset), rel: 'self', type, title: 'this page' },
    f === 'html'
      ? { href: at(page.offset, 'json'), rel: 'alternate', type: MEDIA.geojson, title: 'this page as GeoJSON' }
      : { href: at(page.offset, 'html'), rel: 'alternate', type: MEDIA.html, title: 'this page as HTML' },
  ];
  if (page.offset > 0) links.push({ href: at(Math.max(0, page.offset - page.limit)), rel: 'prev', type, title: 'previous page' });
  if (page.offset + page.numberReturned < page.numberMatched) {
    links.push({ href: at(page.offset + page.numberReturned), rel: 'next', type, title: 'next page' });
  }
  return links;
}
