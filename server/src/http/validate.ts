// Validates request input with a zod schema; failures become a 400 problem naming each parameter, with zod's issue
// codes and bounds as each field's code and parameters (contracts/field-errors.ts).
import type { z } from 'zod';
import { fieldErrorOf, type FieldError } from '../../../contracts/field-errors';
import type { RequestCode } from '../../../contracts/problem-codes';
import { HttpProblem, refusedField } from './http-problem';

/** The machine code of every refused query or path parameter (problem+json's `code`). */
export const INVALID_PARAMETER = 'invalid_parameter';

/** The parameter's own name, also for an item of a list (`kind.0` → `kind`); every unknown name of an object. */
function fieldErrorsOf(issue: z.core.$ZodIssue, what: string): FieldError[] {
  if (issue.code === 'unrecognized_keys')
    return [refusedField(issue.keys.join(', '), 'unrecognized_keys', 'is not a known parameter')];
  return [fieldErrorOf(issue, String(issue.path[0] ?? what))];
}

/** `code` is the refusal's: `invalid_body` for what was sent in a body or form, `invalid_parameter` for the URL. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
  code: RequestCode = 'invalid_body',
): z.output<T> {
  // reportInput tells a missing value (`required`) from a wrong one; the input itself is never sent back.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => fieldErrorsOf(issue, what));
  const fields = [...new Set(errors.map((error) => error.field))].join(', ');
  throw new HttpProblem('badRequest', `Invalid ${what}: ${fields}`, errors, { code });
}

/** A path parameter (an id) or any other part of the URL but its query string. */
export const parsePath = <T extends z.ZodType>(schema: T, params: unknown, what = 'path parameter'): z.output<T> =>
  parseInput(schema, params, what, INVALID_PARAMETER);

/** Unicode's control characters (C0, DEL, C1). Bidi marks such as U+200F are format characters and pass. */
const CONTROL_CHARACTER = /\p{Cc}/u;

const hasControlCharacter = (value: unknown): boolean =>
  typeof value === 'string' ? CONTROL_CHARACTER.test(value) : Array.isArray(value) && value.some(hasControlCharacter);

/**
 * No query parameter, name or value, may hold a control character: PostgreSQL refuses NUL in text (a 500 once it
 * reached a query), and none belongs in a URL. Checked here because every route and the tile handler parse their
 * query string through parseQuery, whatever their schema.
 */
function refuseControlCharacters(query: unknown): void {
  if (typeof query !== 'object' || query === null) return;
  const fields = Object.entries(query)
    .filter(([name, value]) => CONTROL_CHARACTER.test(name) || hasControlCharacter(value))
    .map(([name]) => name);
  if (fields.length === 0) return;
  throw new HttpProblem(
    'badRequest',
    `Invalid query parameter: ${fields.join(', ')} must not contain control characters`,
    fields.map((field) => refusedField(field, 'control_characters', 'must not contain control characters')),
    { code: INVALID_PARAMETER },
  );
}

export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.output<T> {
  refuseControlCharacters(query);
  return parseInput(schema, query, 'query parameter', INVALID_PARAMETER);
}
