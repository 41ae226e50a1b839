// The JSON documents of OGC API Features: landing page, conformance, collections and the links of items.
import type { Request } from 'express';
import { CRS84, OGC_CRS_URIS } from '../../../../contracts/ogc';
import type { OgcCollection, OgcLink } from '../../../../contracts/ogc-documents';
import type { OgcCollectionSource } from './ogc-collections';
import { link, MEDIA, OGC_ROOT, selfAndAlternate } from './ogc-links';

const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
];

export const collectionPath = (id: string) => `${OGC_ROOT}/collections/${encodeURIComponent(id)}`;
const itemsPath = (id: string) => `${collectionPath(id)}/items`;
export const itemPath = (collectionId: string, featureId: string | number) =>
  `${itemsPath(collectionId)}/${encodeURIComponent(String(featureId))}`;

export function landingPage(req: Request) {
  return {
    title: 'أطلس الجمعيات الأهلية — Civic Atlas',
    description:
      'Associations, boundaries, villages and social units of the atlas as OGC API Features (GeoJSON), ' +
      'for QGIS, GDAL and the web.',
    links: [
      ...selfAndAlternate(req, OGC_ROOT),
      link(req, '/api/openapi.json', 'service-desc', MEDIA.openapi, 'the API definition (OpenAPI 3.1)'),
      link(req, '/api/docs', 'service-doc', MEDIA.html, 'the API documentation'),
      link(req, `${OGC_ROOT}/conformance`, 'conformance', MEDIA.json, 'conformance classes implemented by this server'),
      link(req, `${OGC_ROOT}/collections`, 'data', MEDIA.json, 'the collections'),
    ],
  };
}

export const conformance = () => ({ conformsTo: CONFORMANCE_CLASSES });

export function collectionDocument(
  req: Request,
  source: OgcCollectionSource,
  extent: [number, number, number, number] | null,
): OgcCollection {
  const path = collectionPath(source.id);
  return {
    id: source.id,
    title: source.title,
    description: source.description,
    itemType: 'feature',
    links: [
      ...selfAndAlternate(req, path),
      link(req, itemsPath(source.id), 'items', MEDIA.geojson, `${source.id} as GeoJSON`),
      link(req, itemsPath(source.id), 'items', MEDIA.html, `${source.id} as HTML`),
    ],
    extent: { spatial: { bbox: [extent ?? [-180, -90, 180, 90]], crs: CRS84 } },
    crs: OGC_CRS_URIS,
    storageCrs: CRS84,
  };
}

export function collectionsDocument(req: Request, collections: OgcCollection[]) {
  return { links: selfAndAlternate(req, `${OGC_ROOT}/collections`), collections };
}

/** Links of one item: itself, as HTML, and its collection. */
export function itemLinks(req: Request, source: OgcCollectionSource, featureId: string | number): OgcLink[] {
  return [
    ...selfAndAlternate(req, itemPath(source.id, featureId), MEDIA.geojson),
    link(req, collectionPath(source.id), 'collection', MEDIA.json, source.title),
  ];
}
