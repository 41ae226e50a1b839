// GET /api/search: suggestions as you type, associations first, then villages (or only the types asked for).
import { z } from 'zod';
import { governorateCode } from './codes';
import { anyOf, integerParam, single } from './query-params';

export const SUGGESTION_TYPES = ['association', 'village'] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

export const searchQuery = z.strictObject({
  q: single(z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters')),
  governorate: anyOf(governorateCode).optional(),
  limit: integerParam(1, 50).default(8),
  type: anyOf(z.enum(SUGGESTION_TYPES)).optional(),
});

export const searchSuggestion = z.object({
  type: z.enum(SUGGESTION_TYPES),
  id: z.number().int(),
  nameAr: z.string().nullable(),
  nameEn: z.string().nullable(),
  registrationNo: z.string().nullable(),
  district: z.string().nullable(),
  governorate: z.string().nullable(),
  similarity: z.number(),
  location: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
});

export const searchReply = z.object({ results: z.array(searchSuggestion) });
