// Validates request input with a zod schema; failures become a 400 problem naming each parameter.
import type { z } from 'zod';
import { HttpProblem } from './http-problem';

/** The machine code of every refused query parameter (problem+json's `code`). */
export const INVALID_PARAMETER = 'invalid_parameter';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string, code?: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    // The parameter's own name, also for an item of a list (`kind.0` → `kind`).
    field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? what),
    message: issue.code === 'unrecognized_keys' ? 'is not a known parameter' : issue.message,
  }));
  const fields = [...new Set(errors.map((error) => error.field))].join(', ');
  throw new HttpProblem('badRequest', `Invalid ${what}: ${fields}`, errors, code ? { extensions: { code } } : {});
}

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
    fields.map((field) => ({ field, message: 'must not contain control characters' })),
    { extensions: { code: INVALID_PARAMETER } },
  );
}

export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.output<T> {
  refuseControlCharacters(query);
  return parseInput(schema, query, 'query parameter', INVALID_PARAMETER);
}
