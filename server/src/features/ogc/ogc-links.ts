// Absolute links for OGC documents, from the request's own origin; media types and link relations as OGC spells them.
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
  const href =
    type === MEDIA.html && path.startsWith(OGC_ROOT) ? absolute(req, path, { f: 'html' }) : absolute(req, path);
  return title ? { href, rel, type, title } : { href, rel, type };
}

/** The request's own URL with some parameters set (or removed, given null), others (filters) kept as they came. */
function requestUrlWith(req: Request, changes: Record<string, string | null>): string {
  const url = new URL(req.originalUrl, origin(req));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return url.href;
}

/** `self` as JSON (or GeoJSON) and `alternate` as HTML for a resource at `path`. */
export function selfAndAlternate(req: Request, path: string, type: string = MEDIA.json): OgcLink[] {
  return [
    link(req, path, 'self', type, 'this document'),
    link(req, path, 'alternate', MEDIA.html, 'this document as HTML'),
  ];
}

export interface PageState {
  offset: number;
  limit: number;
  /** Null when not counted (too many to count for every page). */
  numberMatched: number | null;
  numberReturned: number;
  lastKey: string | null;
}

/** Whether features follow this page: by the count when there is one, else by a full page. */
const hasNext = (page: PageState) =>
  page.lastKey !== null &&
  (page.numberMatched === null
    ? page.numberReturned === page.limit
    : page.offset + page.numberReturned < page.numberMatched);

/**
 * self, alternate, prev and next for a page of items in format `f`; prev and next keep every filter of the request.
 * next starts after the page's last id (keyset: as fast at the millionth feature as at the first) and carries the
 * offset it stands at, from which prev steps back by offset.
 */
export function pagingLinks(req: Request, page: PageState, f: 'json' | 'html'): OgcLink[] {
  const type = f === 'html' ? MEDIA.html : MEDIA.geojson;
  const limit = String(page.limit);
  const here = (format: 'json' | 'html') => requestUrlWith(req, { limit, f: format });
  const links: OgcLink[] = [
    { href: here(f), rel: 'self', type, title: 'this page' },
    f === 'html'
      ? { href: here('json'), rel: 'alternate', type: MEDIA.geojson, title: 'this page as GeoJSON' }
      : { href: here('html'), rel: 'alternate', type: MEDIA.html, title: 'this page as HTML' },
  ];
  if (page.offset > 0) {
    links.push({
      href: requestUrlWith(req, { offset: String(Math.max(0, page.offset - page.limit)), after: null, limit, f }),
      rel: 'prev',
      type,
      title: 'previous page',
    });
  }
  if (hasNext(page)) {
    const next = requestUrlWith(req, {
      offset: String(page.offset + page.numberReturned),
      after: page.lastKey,
      limit,
      f,
    });
    links.push({ href: next, rel: 'next', type, title: 'next page' });
  }
  return links;
}
