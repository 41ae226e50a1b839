// Validates request input with a zod schema; failures become a 400 problem naming each parameter.
import type { z } from 'zod';
import { HttpProblem } from './http-problem';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    // The parameter's own name, also for an item of a list (`kind.0` → `kind`).
    field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? what),
    message: issue.code === 'unrecognized_keys' ? 'is not a known parameter' : issue.message,
  }));
  const fields = [...new Set(errors.map((error) => error.field))].join(', ');
  throw new HttpProblem('badRequest', `Invalid ${what}: ${fields}`, errors);
}

export const parseQuery = <T extends z.ZodType>(schema: T, query: unknown) => parseInput(schema, query, 'query parameter');
