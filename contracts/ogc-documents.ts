// What the OGC API Features resources answer: landing page, conformance, collections and GeoJSON feature collections.
import { z } from 'zod';

export const ogcLink = z.object({
  href: z.string(),
  rel: z.string(),
  type: z.string().optional(),
  title: z.string().optional(),
});
export type OgcLink = z.infer<typeof ogcLink>;

export const ogcLandingPage = z.object({
  title: z.string(),
  description: z.string(),
  links: z.array(ogcLink),
});

export const ogcConformance = z.object({ conformsTo: z.array(z.string()) });

export const ogcCollection = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  itemType: z.literal('feature'),
  links: z.array(ogcLink),
  extent: z.object({
    spatial: z.object({
      bbox: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
      crs: z.string(),
    }),
  }),
  /** Part 2: every CRS `crs` and `bbox-crs` accept for this collection. */
  crs: z.array(z.string()),
  storageCrs: z.string(),
});
export type OgcCollection = z.infer<typeof ogcCollection>;

export const ogcCollections = z.object({
  links: z.array(ogcLink),
  collections: z.array(ogcCollection),
});

const ogcGeometry = z.object({
  type: z.enum(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()),
});

export const ogcFeature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.number().int(), z.string()]),
  geometry: ogcGeometry.nullable(),
  properties: z.record(z.string(), z.unknown()),
  links: z.array(ogcLink).optional(),
});
export type OgcFeature = z.infer<typeof ogcFeature>;

export const ogcFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  numberMatched: z.number().int(),
  numberReturned: z.number().int(),
  timeStamp: z.string(),
  links: z.array(ogcLink),
  features: z.array(ogcFeature),
});
