// The association filters shared by the list, stats, coverage, tiles and exports, with their query-string names.
// No `status` means every status: active, suspended and dissolved associations alike.
import { z } from 'zod';
import { associationKind, associationStatus, districtCode, governorateCode, vocabularyCode } from './codes';
import { anyOf, bboxParam, booleanParam, integerParam, single } from './query-params';
import { digitsAsTyped } from './typed-numbers';

/** `resource=nursery` means "has a nursery"; `resource=nursery:2` (or `nursery:٢`) means "has at least two". */
export const resourceNeed = digitsAsTyped(
  z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}(:\d{1,6})?$/, 'must be a resource code, optionally with :minimum (e.g. nursery:2)')
    .transform((raw) => {
      const [code, minimum] = raw.split(':');
      return { code: code as string, minQuantity: minimum === undefined ? 1 : Number(minimum) };
    }),
);
export type ResourceNeed = z.infer<typeof resourceNeed>;

export const MAX_MEMBERS = 10_000_000;

export const associationFilterShape = {
  governorate: anyOf(governorateCode).optional(),
  district: anyOf(districtCode).optional(),
  kind: anyOf(associationKind).optional(),
  sector: anyOf(vocabularyCode).optional(),
  resource: anyOf(resourceNeed).optional(),
  minMembers: integerParam(0, MAX_MEMBERS).optional(),
  maxMembers: integerParam(0, MAX_MEMBERS).optional(),
  intlCoop: booleanParam.optional(),
  status: anyOf(associationStatus).optional(),
  q: single(z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters')).optional(),
  bbox: bboxParam.optional(),
};

const membersRangeIsOrdered = ({ minMembers, maxMembers }: { minMembers?: unknown; maxMembers?: unknown }) =>
  typeof minMembers !== 'number' || typeof maxMembers !== 'number' || minMembers <= maxMembers;
const membersRangeProblem = { message: 'minMembers must not exceed maxMembers', path: ['maxMembers'] };

/** A query of every association filter and `extra` parameters of an endpoint's own, unknown ones refused. */
export const filtersAnd = <T extends z.ZodRawShape>(extra: T) => {
  const shape: Omit<typeof associationFilterShape, keyof T> & T = { ...associationFilterShape, ...extra };
  return z.strictObject(shape).refine(membersRangeIsOrdered, membersRangeProblem);
};

export const associationFilters = filtersAnd({});
export type AssociationFilters = z.infer<typeof associationFilters>;

export const DEFAULT_LIMIT = 1000;
export const MAX_LIMIT = 10_000;

export const associationListQuery = filtersAnd({
  limit: integerParam(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: integerParam(0, 100_000_000).default(0),
  /**
   * Keyset paging: only associations with a greater id (pass the last id of the previous page);
   * as fast on page 1,000 as on page 1.
   */
  after: integerParam(0, 2_147_483_647).optional(),
});
export type AssociationListQuery = z.infer<typeof associationListQuery>;

/** The names of every filter parameter, in the order a URL shows them. */
export const ASSOCIATION_FILTER_NAMES = Object.keys(associationFilterShape) as (keyof AssociationFilters)[];
