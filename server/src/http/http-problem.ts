// The one error class the app throws on purpose; the error middleware turns it into problem+json.
import type { FieldError } from '../../../contracts/problem';

export const PROBLEM_TYPES = {
  badRequest: { status: 400, title: 'Bad request', slug: 'bad-request' },
  notFound: { status: 404, title: 'Not found', slug: 'not-found' },
  conflict: { status: 409, title: 'Conflict', slug: 'conflict' },
  payloadTooLarge: { status: 413, title: 'Payload too large', slug: 'payload-too-large' },
  unprocessable: { status: 422, title: 'Unprocessable content', slug: 'unprocessable' },
  unavailable: { status: 503, title: 'Service unavailable', slug: 'unavailable' },
  internal: { status: 500, title: 'Internal server error', slug: 'internal' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string;

  constructor(
    kind: ProblemKind,
    readonly detail: string,
    readonly errors?: FieldError[],
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    const definition = PROBLEM_TYPES[kind];
    this.status = definition.status;
    this.title = definition.title;
    this.type = `/problems/${definition.slug}`;
  }
}
