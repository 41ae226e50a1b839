// The problem+json document of an HttpProblem (RFC 9457), shared by the Express error middleware and the
// tile handler that answers outside Express.
import type { Problem } from '../../../contracts/problem';
import type { HttpProblem } from './http-problem';

export function problemDocument(problem: HttpProblem, instance: string): Problem & Record<string, unknown> {
  return {
    ...problem.extensions,
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}
