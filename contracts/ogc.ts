// OGC API Features: the coordinate reference systems served (Part 2) and the query parameters of items (Part 1).
import { z } from 'zod';
import { fourNumbers, integerParam, single } from './query-params';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const epsg = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`;

/** The CRSs items can be read in (`crs`) and filtered in (`bbox-crs`); `latitudeFirst` is the CRS's own axis order. */
export const OGC_CRS_LIST = [
  { uri: CRS84, srid: 4326, latitudeFirst: false, decimals: 6, label: 'WGS 84, longitude-latitude' },
  { uri: epsg(4326), srid: 4326, latitudeFirst: true, decimals: 6, label: 'WGS 84, latitude-longitude' },
  { uri: epsg(22992), srid: 22992, latitudeFirst: false, decimals: 2, label: 'Egypt 1907 / Red Belt (metres)' },
  { uri: epsg(32636), srid: 32636, latitudeFirst: false, decimals: 2, label: 'WGS 84 / UTM zone 36N (metres)' },
] as const;
export type OgcCrs = (typeof OGC_CRS_LIST)[number];

export const OGC_CRS_URIS = OGC_CRS_LIST.map((crs) => crs.uri);

/** The CRS with this URI; CRS84 for a URI not listed (the parameters only let listed ones through). */
export const crsByUri = (uri: string): OgcCrs => OGC_CRS_LIST.find((crs) => crs.uri === uri) ?? OGC_CRS_LIST[0];

export const crsParam = single(
  z.enum(OGC_CRS_URIS as [string, ...string[]], { error: 'must be one of the CRS URIs listed by the collection' }),
);

/** Four numbers in the axis order of `bbox-crs` (CRS84: minLon,minLat,maxLon,maxLat). */
export const ogcBboxParam = single(
  fourNumbers('must have four numbers: the lower corner, then the upper corner').refine(
    ([minX, minY, maxX, maxY]) => minX <= maxX && minY <= maxY,
    { error: 'the lower corner must come first' },
  ),
);

export const OGC_DEFAULT_LIMIT = 10;
export const OGC_MAX_LIMIT = 10_000;

export const OGC_OUTPUT_FORMATS = ['json', 'html'] as const;

/** The parameters every collection's items accept; each collection adds its own property filters. */
export const ogcItemsShape = {
  limit: integerParam(1, 1_000_000_000)
    .default(OGC_DEFAULT_LIMIT)
    .meta({ maximum: OGC_MAX_LIMIT, description: `Features per page; a larger value is served as ${OGC_MAX_LIMIT}` }),
  offset: integerParam(0, 100_000_000).default(0).meta({
    description:
      'How many matching features to skip; with after, only where the page stands (the prev link goes back from it)',
  }),
  after: single(z.string().min(1).max(100)).optional().meta({
    description:
      'The id the page starts after, in id order: next links carry it, so deep pages cost what the first one does',
  }),
  bbox: ogcBboxParam
    .optional()
    .meta({ description: 'Only features whose geometry meets this box, in the axis order of bbox-crs' }),
  'bbox-crs': crsParam.default(CRS84).meta({ description: 'The CRS of bbox' }),
  crs: crsParam
    .default(CRS84)
    .meta({ description: 'The CRS of the returned geometries (echoed in the Content-Crs header)' }),
  f: single(z.enum(OGC_OUTPUT_FORMATS))
    .optional()
    .meta({ description: 'json or html; without it the Accept header decides' }),
};

// The other resources ignore parameters they do not use: GDAL sends the parameters of an `OAPIF:…?district=…`
// connection with every request, the landing page and collections included.

/** Parameters of the landing page, conformance and collections: the output format. */
export const ogcFormatQuery = z.object({ f: ogcItemsShape.f });

/** Parameters of a single item: its CRS and the output format. */
export const ogcItemQuery = z.object({ crs: ogcItemsShape.crs, f: ogcItemsShape.f });
