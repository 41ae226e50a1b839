// OGC API Features at /ogc: one route table, paths spelled as the standard spells them, each answering JSON
// (GeoJSON for items) or HTML by `f` or the Accept header. Contacts are never part of any collection.
import { Router, type Request, type Response } from 'express';
import { crsByUri, ogcFormatQuery, ogcItemQuery } from '../../../../contracts/ogc';
import type { OgcFeature } from '../../../../contracts/ogc-documents';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { featurePageText } from '../../lib/geojson';
import { parseQuery } from '../../http/validate';
import { findCollection, OGC_COLLECTIONS, type OgcCollectionSource } from './ogc-collections';
import {
  collectionDocument,
  collectionPath,
  collectionsDocument,
  conformance,
  itemLinks,
  itemPath,
  landingPage,
} from './ogc-documents';
import { collectionHtml, collectionsHtml, conformanceHtml, itemHtml, itemsHtml, landingHtml } from './ogc-html';
import { absolute, link, MEDIA, OGC_ROOT, pagingLinks } from './ogc-links';
import { effectiveLimit, findExtent, findItem, findItems } from './ogc.queries';

type Handler = (db: Db, req: Request, res: Response) => void | Promise<void>;

/** `f` decides when given; otherwise a browser's Accept (text/html first) gets HTML and everyone else JSON. */
const wantsHtml = (req: Request, f: 'json' | 'html' | undefined) =>
  f ? f === 'html' : req.accepts([MEDIA.json, MEDIA.geojson, MEDIA.html]) === MEDIA.html;

function reply(
  req: Request,
  res: Response,
  f: 'json' | 'html' | undefined,
  type: string,
  json: unknown,
  page: () => string,
): void {
  if (wantsHtml(req, f)) res.type(MEDIA.html).send(page());
  else res.type(type).send(JSON.stringify(json));
}

function collectionOf(req: Request): OgcCollectionSource {
  const id = String(req.params.collectionId);
  const source = findCollection(id);
  if (!source) throw new HttpProblem('notFound', `No collection is called "${id}"; see ${OGC_ROOT}/collections`);
  return source;
}

async function describeCollection(db: Db, req: Request, source: OgcCollectionSource) {
  return collectionDocument(req, source, await findExtent(db, source));
}

const landing: Handler = (_db, req, res) => {
  const { f } = parseQuery(ogcFormatQuery, req.query);
  const doc = landingPage(req);
  reply(req, res, f, MEDIA.json, doc, () => landingHtml(doc));
};

const conformanceClasses: Handler = (_db, req, res) => {
  const { f } = parseQuery(ogcFormatQuery, req.query);
  reply(req, res, f, MEDIA.json, conformance(), () => conformanceHtml(conformance()));
};

const collections: Handler = async (db, req, res) => {
  const { f } = parseQuery(ogcFormatQuery, req.query);
  const doc = collectionsDocument(
    req,
    await Promise.all(OGC_COLLECTIONS.map((source) => describeCollection(db, req, source))),
  );
  reply(req, res, f, MEDIA.json, doc, () => collectionsHtml(doc));
};

const collection: Handler = async (db, req, res) => {
  const source = collectionOf(req);
  const { f } = parseQuery(ogcFormatQuery, req.query);
  const doc = await describeCollection(db, req, source);
  reply(req, res, f, MEDIA.json, doc, () => collectionHtml(doc));
};

const items: Handler = async (db, req, res) => {
  const source = collectionOf(req);
  const request = await source.parseItemsRequest(db, req.query);
  const page = await findItems(db, source, request);
  const state = {
    offset: request.offset,
    limit: effectiveLimit(request.limit),
    numberMatched: page.numberMatched,
    numberReturned: page.numberReturned,
    lastKey: page.lastKey,
  };
  res.set('Content-Crs', `<${request.crs.uri}>`);
  if (wantsHtml(req, request.f)) {
    const features = JSON.parse(page.featuresJson) as OgcFeature[];
    const itemHref = (id: string | number) => absolute(req, itemPath(source.id, id), { f: 'html' });
    res
      .type(MEDIA.html)
      .send(itemsHtml(source.title, { ...state, features, links: pagingLinks(req, state, 'html') }, itemHref));
    return;
  }
  const links = [
    ...pagingLinks(req, state, 'json'),
    link(req, collectionPath(source.id), 'collection', MEDIA.json, source.title),
  ];
  res.type(MEDIA.geojson).send(featurePageText({ ...page, extra: { timeStamp: new Date().toISOString(), links } }));
};

const item: Handler = async (db, req, res) => {
  const source = collectionOf(req);
  const { crs: crsUri, f } = parseQuery(ogcItemQuery, req.query);
  const crs = crsByUri(crsUri);
  const raw = String(req.params.featureId);
  const id = source.parseFeatureId(raw);
  const feature = id === null ? null : await findItem(db, source, id, crs);
  if (!feature) throw new HttpProblem('notFound', `The collection ${source.id} has no feature "${raw}"`);
  const doc: OgcFeature = { ...feature, links: itemLinks(req, source, feature.id) };
  res.set('Content-Crs', `<${crs.uri}>`);
  reply(req, res, f, MEDIA.geojson, doc, () => itemHtml(source.title, doc));
};

/** The OGC API Features resources (Part 1 core, Part 2 CRS), in the spec's own spelling. */
const OGC_ROUTES: [path: string, handler: Handler][] = [
  ['/ogc', landing],
  ['/ogc/conformance', conformanceClasses],
  ['/ogc/collections', collections],
  ['/ogc/collections/:collectionId', collection],
  ['/ogc/collections/:collectionId/items', items],
  ['/ogc/collections/:collectionId/items/:featureId', item],
];

export function ogcRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.use('/ogc', (_req, res, next) => {
    // Open data for any web client: nothing here depends on who asks, so no credentials are involved.
    res.set('Access-Control-Allow-Origin', '*').vary('Accept');
    next();
  });
  for (const [path, handler] of OGC_ROUTES) router.get(path, (req, res) => handler(db, req, res));
  return router;
}
