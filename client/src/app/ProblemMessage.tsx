// What a failed request says to the person: a sentence in the interface language for the kind of failure, then the
// server's own detail, which stays in English (outside tools read it) and is set apart as such. A reply that is not
// what the client expects (its schema refused it) is told apart from a server that cannot be reached.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import type { Dictionary } from '../i18n/en';

type StatusKey = keyof Dictionary['errors']['status'];

/** The dictionary key under `errors.status` for an HTTP status. */
function statusKey(status: number): StatusKey {
  if (status >= 500) return status === 503 ? 'unavailable' : 'internal';
  const known: Partial<Record<number, StatusKey>> = {
    400: 'badRequest', 401: 'unauthorized', 403: 'forbidden', 404: 'notFound', 409: 'conflict',
    413: 'tooLarge', 422: 'unprocessable', 428: 'preconditionRequired', 429: 'tooManyRequests',
  };
  return known[status] ?? 'badRequest';
}

export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <>{t('errors.unexpected')}</>;
  if (error.status === 0) return <>{t('errors.unreachable')}</>;
  return (
    <>
      {t(`errors.status.${statusKey(error.status)}`)}{' '}
      <bdi className="problem-detail" lang="en" dir="ltr" data-testid="problem-detail">{error.detail}</bdi>
    </>
  );
}
