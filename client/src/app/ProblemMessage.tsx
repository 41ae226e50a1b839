// What a failed request says to the person, in the interface language: the sentence for the problem's code, or — for a
// code this client does not know, or none — a sentence for the kind of failure with the code beside it. The server's
// own `detail` is English (outside tools read it): the English interface adds it, the Arabic one never shows it. A
// reply that is not what the client expects (its schema refused it) is told apart from a server that cannot be reached.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import type { Dictionary } from '../i18n/en';
import { wordCode } from '../i18n/problem-words';
import { useLanguage } from '../i18n/use-language';

type StatusKey = keyof Dictionary['errors']['status'];

/** The dictionary key under `errors.status` for an HTTP status. */
function statusKey(status: number): StatusKey {
  if (status >= 500) return status === 503 ? 'unavailable' : 'internal';
  const known: Partial<Record<number, StatusKey>> = {
    400: 'badRequest',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'notFound',
    409: 'conflict',
    413: 'tooLarge',
    422: 'unprocessable',
    428: 'preconditionRequired',
    429: 'tooManyRequests',
  };
  return known[status] ?? 'badRequest';
}

export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!(error instanceof ApiError)) return <>{t('errors.unexpected')}</>;
  if (error.status === 0) return <>{t('errors.unreachable')}</>;
  const worded = wordCode(error.code ?? undefined, {}, language);
  return (
    <>
      <span data-testid="problem-sentence" data-code={error.code ?? ''}>
        {worded ?? t(`errors.status.${statusKey(error.status)}`)}
      </span>
      {!worded && error.code && (
        <>
          {' '}
          <code className="problem-code" dir="ltr" data-testid="problem-code">
            {error.code}
          </code>
        </>
      )}
      {language === 'en' && error.detail && (
        <>
          {' '}
          <bdi className="problem-detail" lang="en" dir="ltr" data-testid="problem-detail">
            {error.detail}
          </bdi>
        </>
      )}
    </>
  );
}
