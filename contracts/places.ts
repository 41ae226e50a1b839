// GET /api/villages and /api/social-units: their query parameters and GeoJSON replies.
import { z } from 'zod';
import { districtCode, governorateCode, SOCIAL_UNIT_STATUSES } from './codes';
import { anyOf } from './query-params';

export const villagesQuery = z.strictObject({
  governorate: anyOf(governorateCode).optional(),
  district: anyOf(districtCode).optional(),
});

export const socialUnitsQuery = villagesQuery.extend({
  status: anyOf(z.enum(SOCIAL_UNIT_STATUSES)).optional(),
});

const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });

const placeCollection = <P extends z.ZodRawShape>(properties: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({ type: z.literal('Feature'), id: z.number().int(), geometry: point, properties: z.object(properties) }),
    ),
  });

const located = {
  nameAr: z.string().nullable(),
  nameEn: z.string().nullable(),
  governorate: z.string().nullable(),
  district: z.string().nullable(),
};

export const villageCollection = placeCollection({
  ...located,
  placeType: z.string(),
  population: z.number().int().nullable(),
});
export const socialUnitCollection = placeCollection({ ...located, status: z.enum(SOCIAL_UNIT_STATUSES) });
