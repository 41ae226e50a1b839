// GET /api/governorates and /api/districts: their query parameters and replies (geometry only when asked).
import { z } from 'zod';
import { boundary, districtSummary } from './association';
import { districtCode, governorateCode } from './codes';
import { anyOf, booleanParam } from './query-params';

export const governoratesQuery = z.strictObject({
  code: anyOf(governorateCode).optional(),
  geometry: booleanParam.default(false),
});

export const districtsQuery = z.strictObject({
  governorate: anyOf(governorateCode).optional(),
  code: anyOf(districtCode).optional(),
  geometry: booleanParam.default(false),
});

const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))),
});

export const governorateItem = boundary.extend({ geometry: multiPolygon.optional() });
export const districtItem = districtSummary.extend({ geometry: multiPolygon.optional() });
