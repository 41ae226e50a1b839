// The one error class the app throws on purpose; the error middleware turns it into problem+json. Every problem has a
// code from contracts/problem-codes.ts: the kind's own unless a more precise one is given.
import type { FieldError, FieldParams } from '../../../contracts/field-errors';
import type { ProblemCode, RequestCode } from '../../../contracts/problem-codes';

export const PROBLEM_TYPES = {
  badRequest: { status: 400, title: 'Bad request', slug: 'bad-request', code: 'bad_request' },
  unauthorized: { status: 401, title: 'Sign-in required', slug: 'unauthorized', code: 'unauthenticated' },
  forbidden: { status: 403, title: 'Forbidden', slug: 'forbidden', code: 'forbidden' },
  notFound: { status: 404, title: 'Not found', slug: 'not-found', code: 'not_found' },
  conflict: { status: 409, title: 'Conflict', slug: 'conflict', code: 'conflict' },
  preconditionRequired: {
    status: 428,
    title: 'Precondition required',
    slug: 'precondition-required',
    code: 'version_required',
  },
  tooManyRequests: { status: 429, title: 'Too many requests', slug: 'too-many-requests', code: 'too_many_requests' },
  payloadTooLarge: { status: 413, title: 'Payload too large', slug: 'payload-too-large', code: 'payload_too_large' },
  unsupportedMediaType: {
    status: 415,
    title: 'Unsupported media type',
    slug: 'unsupported-media-type',
    code: 'unsupported_media_type',
  },
  unprocessable: { status: 422, title: 'Unprocessable content', slug: 'unprocessable', code: 'unprocessable' },
  unavailable: { status: 503, title: 'Service unavailable', slug: 'unavailable', code: 'unavailable' },
  internal: { status: 500, title: 'Internal server error', slug: 'internal', code: 'internal_error' },
} as const satisfies Record<string, { status: number; title: string; slug: string; code: RequestCode }>;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export interface ProblemOptions {
  /** The refusal's machine code, when the kind's own says too little. */
  code?: RequestCode;
  cause?: unknown;
  /** Response headers such as Retry-After. */
  headers?: Record<string, string>;
  /** Extension members of the problem document (RFC 9457 §3.2), e.g. the current state on a conflict. */
  extensions?: Record<string, unknown>;
}

/** An errors[] entry: the field, its code and the code's parameters, and the English message. */
export const refusedField = (
  field: string,
  code: ProblemCode,
  message: string,
  params: FieldParams = {},
): FieldError => ({ field, code, ...params, message });

export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly code: RequestCode;
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
    this.code = options.code ?? definition.code;
  }
}
