// GET /api/coverage: per-district figures of a governorate, villages without a service in reach, unused social units.
import { z } from 'zod';
import { resourceNeed } from './association-filters';
import { statsDistrict } from './association';
import { governorateCode, vocabularyCode } from './codes';
import { decimalParam, single } from './query-params';

export const coverageQuery = z.strictObject({
  governorate: single(governorateCode),
  sector: single(vocabularyCode).optional(),
  resource: single(resourceNeed).optional(),
  radiusKm: decimalParam(z.number().gt(0).max(100)).default(5),
});

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
  districts: z.array(statsDistrict.extend({ per10k: per10k.extend({ resources: z.record(z.string(), z.number().nullable()) }) })),
  gaps: z
    .object({
      sector: z.string().nullable(),
      resource: z.string().nullable(),
      radiusKm: z.number(),
      villages: z.array(z.record(z.string(), z.unknown())),
    })
    .nullable(),
  unusedSocialUnits: z.object({ radiusKm: z.number(), units: z.array(z.record(z.string(), z.unknown())) }),
});
