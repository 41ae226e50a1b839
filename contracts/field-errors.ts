// One errors[] entry of a problem: the field, a code from problem-codes.ts with its parameters beside it (as RFC 9457
// extension members do), and an English message for outside tools. fieldErrorOf derives code and parameters from a
// zod issue — on the server (server/src/http/validate.ts) and in the client's forms alike.
import { z } from 'zod';
import { ruleOf } from './input-rules';
import { isProblemCode, PROBLEM_CODES, type ProblemCode } from './problem-codes';

/** A parameter of a code: a bound, a format, the value refused, the values allowed. */
export const fieldParam = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);
export type FieldParam = z.infer<typeof fieldParam>;
export type FieldParams = Record<string, FieldParam>;

/** What the API sends; any further member is a parameter of the code (`minimum`, `values`, …). */
export const fieldError = z
  .object({ field: z.string(), code: z.enum(PROBLEM_CODES), message: z.string() })
  .catchall(fieldParam);
export type FieldError = z.infer<typeof fieldError>;

/** zod's issues as thrown (`$ZodIssue`) or as handed to an error map (`$ZodRawIssue`), which has no message yet. */
type AnyIssue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const RESERVED = new Set(['field', 'code', 'message']);
const isParam = (value: unknown): value is FieldParam =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'));

/** The code and parameters of a zod issue: a rule of ours by its message, else zod's own code with its bounds. */
export function codeOfIssue(issue: AnyIssue): { code: ProblemCode; params: FieldParams } {
  const rule = ruleOf(issue.message);
  if (rule) return { code: rule, params: {} };
  switch (issue.code) {
    case 'invalid_type':
      // Only when the input was reported (`reportInput`, or a raw issue) can a missing value be told from a wrong one.
      return 'input' in issue && (issue.input === undefined || issue.input === null)
        ? { code: 'required', params: {} }
        : { code: 'invalid_type', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'required', params: {} };
      return { code: 'too_small', params: { minimum: Number(issue.minimum), origin: issue.origin } };
    case 'too_big':
      return { code: 'too_big', params: { maximum: Number(issue.maximum), origin: issue.origin } };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { values: issue.values.map(String) } };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: issue.divisor } };
    case 'custom': {
      const { code, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
      const params = Object.fromEntries(
        Object.entries(rest).filter(([name, value]) => !RESERVED.has(name) && isParam(value)),
      );
      return isProblemCode(code) ? { code, params: params as FieldParams } : { code: 'custom', params: {} };
    }
    default:
      return { code: isProblemCode(issue.code) ? issue.code : 'custom', params: {} };
  }
}

/** The errors[] entry for a zod issue about `field`. */
export function fieldErrorOf(issue: z.core.$ZodIssue, field: string): FieldError {
  const { code, params } = codeOfIssue(issue);
  return { field, code, ...params, message: issue.message };
}
