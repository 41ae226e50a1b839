// RFC 9457 problem details: the one error shape every endpoint answers with. `code` names the refusal and each
// errors[] entry its field's trouble, from the one list in problem-codes.ts, so clients word them in their language.
import { z } from 'zod';
import { fieldError, fieldParam } from './field-errors';
import { PROBLEM_CODES } from './problem-codes';

export { fieldError, type FieldError } from './field-errors';

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  /** In English, for people reading logs and outside tools; clients word `code` instead. */
  detail: z.string(),
  instance: z.string().optional(),
  /** A stable machine word for the refusal (e.g. `invalid_parameter`). */
  code: z.enum(PROBLEM_CODES),
  errors: z.array(fieldError).optional(),
});
export type Problem = z.infer<typeof problem>;

/**
 * A problem as a client reads it: a code it does not know (a newer server, a proxy's own problem) or none at all is
 * kept as text or left out, never a reason to lose the rest.
 */
export const receivedProblem = problem.extend({
  code: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), code: z.string().optional(), message: z.string() }).catchall(fieldParam))
    .optional(),
});
export type ReceivedProblem = z.infer<typeof receivedProblem>;
export type ReceivedFieldError = NonNullable<ReceivedProblem['errors']>[number];

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
