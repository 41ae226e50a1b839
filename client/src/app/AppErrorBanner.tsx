// A clear message when the server cannot be reached or refuses a request, with a way to try again. It speaks only for
// failures nobody else shows: not a screen's own (query meta `errorShownInPlace`), not a screen no longer on view, and
// not a 401 — being signed out is a normal state, and the session is read again so the header offers to sign in.
import { useIsFetching, useQueryClient, type Query } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isSignedOut } from '../api/query-client';
import { ProblemMessage } from './ProblemMessage';

const isReported = (query: Query) =>
  query.state.status === 'error' &&
  !query.meta?.errorShownInPlace &&
  query.getObserversCount() > 0 &&
  !isSignedOut(query.state.error);

/** The first failure the banner reports, if any. */
function useFirstError(): Error | undefined {
  const cache = useQueryClient().getQueryCache();
  return useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => cache.getAll().find(isReported)?.state.error ?? undefined,
  );
}

export function AppErrorBanner() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const error = useFirstError();
  const fetching = useIsFetching() > 0;
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span>
        <ProblemMessage error={error} />
      </span>
      <button
        type="button"
        disabled={fetching}
        onClick={() => void queryClient.refetchQueries({ predicate: isReported })}
      >
        {t('errors.retry')}
      </button>
    </div>
  );
}
