// The app's one QueryClient: which failed requests are asked again, which failures a screen shows itself (query meta),
// and what a 401 means — the session ended (expired, or signed out in another tab), so it is read again and the header
// offers to sign in, instead of a staff screen failing with an error.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './http';
import { SESSION_KEY } from './session';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /**
       * The screen that asks shows this query's failure (or its calm "not found") itself: the app's banner leaves it.
       */
      errorShownInPlace?: boolean;
    };
  }
}

/** Options of a query whose failure is shown where its data would be. */
export const SHOWN_IN_PLACE = { meta: { errorShownInPlace: true } } as const;

/** A refusal because nobody is signed in (any more). */
export const isSignedOut = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

export function createQueryClient(): QueryClient {
  const rereadSession = (error: unknown) => {
    if (isSignedOut(error)) void client.invalidateQueries({ queryKey: SESSION_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: rereadSession }),
    mutationCache: new MutationCache({ onError: rereadSession }),
    defaultOptions: {
      queries: {
        // Bad input (4xx) will not get better by asking again; an unreachable server might.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
