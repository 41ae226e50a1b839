// Fetches JSON from our own API and turns failures into one error type carrying the problem's code and detail.
import type { z } from 'zod';
import { receivedProblem } from '../../../contracts/problem';

/**
 * A failed request: `status` 0 means the server could not be reached at all. `code` is the problem's machine code
 * (what the interface words), `detail` its English sentence.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly code: string | null = null,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

async function readProblem(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = receivedProblem.safeParse(body);
  return parsed.success
    ? new ApiError(response.status, parsed.data.detail, parsed.data.code ?? null)
    : new ApiError(response.status, response.statusText);
}

/**
 * GETs `path` and returns its JSON body. With a schema the body is checked against it; large GeoJSON
 * replies are only typed, because checking ten thousand features would cost more than drawing them.
 */
export async function getJson<T>(path: string, signal: AbortSignal | undefined, schema?: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json, application/geo+json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await readProblem(response);
  const body: unknown = await response.json();
  return schema ? schema.parse(body) : (body as T);
}

/** Joins a path and a query string that may be empty. */
export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
