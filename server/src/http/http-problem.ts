// The one error class the app throws on purpose; the error middleware turns it into problem+json.
import type { FieldError } from '../../../contracts/problem';

export const PROBLEM_TYPES = {
  badRequest: { status: 400, title: 'Bad request', slug: 'bad-request' },
  unauthorized: { status: 401, title: 'Sign-in required', slug: 'unauthorized' },
  forbidden: { status: 403, title: 'Forbidden', slug: 'forbidden' },
  notFound: { status: 404, title: 'Not found', slug: 'not-found' },
  conflict: { status: 409, title: 'Conflict', slug: 'conflict' },
  preconditionRequired: { status: 428, title: 'Precondition required', slug: 'precondition-required' },
  tooManyRequests: { status: 429, title: 'Too many requests', slug: 'too-many-requests' },
  payloadTooLarge: { status: 413, title: 'Payload too large', slug: 'payload-too-large' },
  unsupportedMediaType: { status: 415, title: 'Unsupported media type', slug: 'unsupported-media-type' },
  unprocessable: { status: 422, title: 'Unprocessable content', slug: 'unprocessable' },
  unavailable: { status: 503, title: 'Service unavailable', slug: 'unavailable' },
  internal: { status: 500, title: 'Internal server error', slug: 'internal' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export interface ProblemOptions {
  cause?: unknown;
  /** Response headers such as Retry-After. */
  headers?: Record<string, string>;
  /** Extension members of the problem document (RFC 9457 §3.2), e.g. the current state on a conflict. */
  extensions?: Record<string, unknown>;
}

export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(
    kind: ProblemKind,
    readonly detail: string,
    readonly errors?: FieldError[],
    options: ProblemOptions = {},
  ) {
    super(detail, { cause: options.cause });
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
    const definition = PROBLEM_TYPES[kind];
    this.status = definition.status;
    this.title = definition.title;
    this.type = `/problems/${definition.slug}`;
  }
}
