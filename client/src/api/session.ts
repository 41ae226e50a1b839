// The signed-in session (GET /api/auth/me) and every write: each carries the CSRF token and answers problems with
// fields.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { CSRF_HEADER, session, type CurrentUser } from '../../../contracts/auth';
import { receivedProblem, type ReceivedFieldError } from '../../../contracts/problem';
import { ApiError, getJson } from './http';

/** The token of the current session; writes send it back in X-CSRF-Token. */
let csrfToken: string | null = null;

export const SESSION_KEY = ['session'] as const;

export const useSession = () =>
  useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      const current = await getJson('/api/auth/me', signal, session);
      csrfToken = current.csrfToken;
      return current;
    },
    staleTime: Infinity,
  });

export const useCurrentUser = (): CurrentUser | null => useSession().data?.user ?? null;

/**
 * A refused write: the problem's code and detail, its field errors, its Retry-After and the whole body (a 409 carries
 * `current`).
 */
export class WriteError extends ApiError {
  constructor(
    status: number,
    detail: string,
    readonly errors: ReceivedFieldError[],
    readonly body: Record<string, unknown>,
    readonly retryAfter: number | null,
    code: string | null = null,
  ) {
    super(status, detail, code);
    this.name = 'WriteError';
  }
}

export interface WriteOptions {
  body?: unknown;
  /** A FormData body is sent as multipart; anything else as JSON. */
  headers?: Record<string, string>;
}

/** Sends a state-changing request and returns its JSON body (undefined for 204). */
export async function send<T>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: WriteOptions = {},
): Promise<T> {
  const isForm = options.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
    });
  } catch (error) {
    throw new WriteError(0, error instanceof Error ? error.message : String(error), [], {}, null);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  throw toWriteError(response.status, body, response.headers.get('retry-after'));
}

export function toWriteError(status: number, body: unknown, retryAfter: string | null): WriteError {
  const parsed = receivedProblem.safeParse(body);
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const wait = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null;
  return parsed.success
    ? new WriteError(status, parsed.data.detail, parsed.data.errors ?? [], record, wait, parsed.data.code ?? null)
    : new WriteError(status, String(status), [], record, wait);
}

/** The token for requests made outside `send` (an upload through XMLHttpRequest). */
export const currentCsrfToken = () => csrfToken;

/** After a change to the registry: the map, the list, the counts, profiles and histories ask again. */
export function invalidateRegistry(client: QueryClient): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => ['associations', 'stats', 'profile', 'history', 'links'].includes(String(query.queryKey[0])),
  });
}
