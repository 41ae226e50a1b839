// GET /api/coverage: per-district figures of a governorate for the association filters, villages without a service
// in reach, unused social units.
import { z } from 'zod';
import { associationFilterShape, filtersAnd } from './association-filters';
import { statsDistrict } from './association';
import { decimalParam } from './query-params';

/**
 * Every association filter, with exactly one governorate: the figures count the set /api/associations counts for the
 * same filters (every status unless `status` says otherwise). `sector` and `resource` also name the service whose
 * gaps are listed: villages with no active association offering it within `radiusKm`, whatever the other filters.
 */
export const coverageQuery = filtersAnd({
  governorate: associationFilterShape.governorate
    .unwrap()
    .refine((codes) => codes.length === 1, 'must be one governorate (coverage is of one governorate)'),
  radiusKm: decimalParam(z.number().gt(0).max(100)).default(5),
});
export type CoverageQuery = z.infer<typeof coverageQuery>;

const per10k = z.object({ associations: z.number().nullable(), members: z.number().nullable() });

export const coverageReply = z.object({
  governorate: z.object({
    code: z.string(),
    nameAr: z.string(),
    nameEn: z.string(),
    population: z.number().int().nullable(),
    populationYear: z.number().int().nullable(),
    associations: z.number().int(),
    members: z.number().int(),
    intlCoop: z.number().int(),
    resources: z.record(z.string(), z.number()),
    per10k,
  }),
  districts: z.array(
    statsDistrict.extend({ per10k: per10k.extend({ resources: z.record(z.string(), z.number().nullable()) }) }),
  ),
  gaps: z
    .object({
      /** The sector codes asked (comma-separated when several), or null. */
      sector: z.string().nullable(),
      /** The resource codes asked (comma-separated when several), or null. */
      resource: z.string().nullable(),
      radiusKm: z.number(),
      villages: z.array(z.record(z.string(), z.unknown())),
    })
    .nullable(),
  unusedSocialUnits: z.object({ radiusKm: z.number(), units: z.array(z.record(z.string(), z.unknown())) }),
});
