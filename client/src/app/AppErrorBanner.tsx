// A clear message when the server cannot be reached or refuses a request, with a way to try again.
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './ProblemMessage';

const isFailed = (query: { state: { status: string } }) => query.state.status === 'error';

/** The first failed query in the cache, if any. */
function useFirstError(): Error | undefined {
  const cache = useQueryClient().getQueryCache();
  return useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => cache.getAll().find(isFailed)?.state.error ?? undefined,
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
      <span><ProblemMessage error={error} /></span>
      <button type="button" disabled={fetching} onClick={() => void queryClient.refetchQueries({ predicate: isFailed })}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
