// The partner finder: who is asking (an association, a point or a village), what they need, and the ranked answer.
import { z } from 'zod';
import { vocabularyCode } from './codes';
import { booleanParam, decimalParam, integerParam, latitudeInEgypt, longitudeInEgypt, single } from './query-params';
import { resourceNeed } from './association-filters';

export const partnersQuery = z
  .strictObject({
    association: integerParam(1, 999_999_999).optional(),
    village: integerParam(1, 999_999_999).optional(),
    lon: longitudeInEgypt.optional(),
    lat: latitudeInEgypt.optional(),
    sector: single(vocabularyCode).optional(),
    resource: single(resourceNeed).optional(),
    minMembers: integerParam(0, 10_000_000).optional(),
    intlCoop: booleanParam.optional(),
    radiusKm: decimalParam(z.number().gt(0).max(300)).default(25),
    limit: integerParam(1, 100).default(10),
  })
  .refine(
    (q) =>
      [q.association !== undefined, q.village !== undefined, q.lon !== undefined || q.lat !== undefined].filter(Boolean)
        .length === 1,
    {
      error: 'give exactly one of association, village, or lon and lat',
      path: ['association'],
    },
  )
  .refine((q) => (q.lon === undefined) === (q.lat === undefined), {
    error: 'lon and lat go together',
    path: ['lat'],
  });
export type PartnersQuery = z.infer<typeof partnersQuery>;

/** One reason a partner was suggested, with its words in both languages and the figure behind it. */
export const partnerReason = z.object({
  code: z.enum(['distance', 'has_resource', 'complements', 'sector', 'capacity', 'intl_coop', 'linked']),
  ar: z.string(),
  en: z.string(),
  points: z.number(),
});
export type PartnerReason = z.infer<typeof partnerReason>;

export const partnerResult = z.object({
  association: z.object({
    id: z.number().int(),
    registrationNo: z.string(),
    nameAr: z.string(),
    nameEn: z.string().nullable(),
    kind: z.string(),
    district: z.string(),
    members: z.number().int(),
    intlCoop: z.boolean(),
    sectors: z.array(z.string()),
    resources: z.record(z.string(), z.number()),
    location: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  }),
  score: z.number(),
  distanceKm: z.number(),
  reasons: z.array(partnerReason),
});
export type PartnerResult = z.infer<typeof partnerResult>;

export const partnersReply = z.object({
  seeker: z.object({
    kind: z.enum(['association', 'village', 'point']),
    id: z.number().int().nullable(),
    nameAr: z.string().nullable(),
    nameEn: z.string().nullable(),
    location: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  }),
  weights: z.record(z.string(), z.number()),
  results: z.array(partnerResult),
});
export type PartnersReply = z.infer<typeof partnersReply>;
