// GET /api/nearest: the public's service finder — the nearest active associations offering a sector or a resource
// from a point, with the distance on the ground. Public fields only: never contacts.
import { z } from 'zod';
import { resourceNeed } from './association-filters';
import { associationProperties, pointGeometry } from './association';
import { vocabularyCode } from './codes';
import { decimalParam, integerParam, latitudeInEgypt, longitudeInEgypt, single } from './query-params';

/** How far the finder looks unless told: a trip a family would make for a nursery or a dispensary. */
export const NEAREST_RADIUS_KM = 25;
export const NEAREST_MAX_RADIUS_KM = 100;
export const NEAREST_LIMIT = 10;

export const nearestQuery = z.strictObject({
  lon: longitudeInEgypt,
  lat: latitudeInEgypt,
  sector: single(vocabularyCode).optional(),
  resource: single(resourceNeed).optional(),
  radiusKm: decimalParam(z.number().gt(0).max(NEAREST_MAX_RADIUS_KM)).default(NEAREST_RADIUS_KM),
  limit: integerParam(1, 50).default(NEAREST_LIMIT),
});
export type NearestQuery = z.infer<typeof nearestQuery>;

export const nearestResult = associationProperties
  .pick({
    registrationNo: true,
    nameAr: true,
    nameEn: true,
    kind: true,
    governorate: true,
    district: true,
    locationPrecision: true,
  })
  .extend({
    id: z.number().int(),
    location: pointGeometry,
    /** On the ground (WGS 84 spheroid), rounded to 10 m. */
    distanceKm: z.number(),
  });
export type NearestResult = z.infer<typeof nearestResult>;

/** Nearest first (ties by id); empty when none offers the service within `radiusKm`. */
export const nearestReply = z.object({
  radiusKm: z.number(),
  results: z.array(nearestResult),
});
export type NearestReply = z.infer<typeof nearestReply>;
