// Converts anything thrown into an HttpProblem: ours as they are, known database and parser errors as 4xx.
import { HttpProblem, refusedField } from './http-problem';

interface PgError {
  code: string;
  message: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

const isPgError = (error: unknown): error is PgError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string' &&
  'severity' in error;

/** SQLSTATEs raised by our own triggers (see migrations/…_locate-in-district.ts). */
const LOCATION_OUTSIDE = new Set(['CA001', 'CA002']);

function fromPg(error: PgError): HttpProblem | null {
  if (LOCATION_OUTSIDE.has(error.code)) {
    const code = error.code === 'CA001' ? 'outside_egypt' : 'outside_every_district';
    return new HttpProblem('unprocessable', error.message, [refusedField('location', code, error.message)], {
      code: 'invalid_body',
      cause: error,
    });
  }
  switch (error.code) {
    case '23505':
      return new HttpProblem(
        'conflict',
        `Already exists: ${error.detail ?? error.constraint ?? 'duplicate value'}`,
        undefined,
        { code: 'already_exists', cause: error },
      );
    case '23503':
      return new HttpProblem(
        'unprocessable',
        `Refers to something that does not exist: ${error.detail ?? error.constraint}`,
        undefined,
        { code: 'unknown_reference', cause: error },
      );
    case '23514':
    case '23502':
    case '22P02':
    case '22003':
      return new HttpProblem(
        'unprocessable',
        `A value breaks a rule of the registry (${error.constraint ?? error.column ?? error.code})`,
        undefined,
        { code: 'breaks_registry_rule', cause: error },
      );
    case '57014':
      return new HttpProblem('unavailable', 'The query took too long; narrow the filters and try again', undefined, {
        code: 'query_timeout',
        cause: error,
      });
    default:
      return null;
  }
}

interface BodyParserError {
  type: string;
  status: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { type?: unknown }).type === 'string' &&
  typeof (error as { status?: unknown }).status === 'number';

export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (isPgError(error)) {
    const problem = fromPg(error);
    if (problem) return problem;
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large')
      return new HttpProblem('payloadTooLarge', 'The request body is too large', undefined, { cause: error });
    if (error.status >= 400 && error.status < 500)
      return new HttpProblem('badRequest', 'The request body could not be read as JSON', undefined, {
        code: 'invalid_json',
        cause: error,
      });
  }
  return new HttpProblem('internal', 'Something went wrong on our side; it has been logged', undefined, {
    cause: error,
  });
}
