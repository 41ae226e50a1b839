// The association's history, newest first: when, what kind of change, who (when the API says), and which fields
// changed; an association never edited says so (the API answers an empty list, not an error).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { getJson } from '../../api/http';
import { SHOWN_IN_PLACE } from '../../api/query-client';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, LOCALES } from '../../lib/format';
import { HistoryDiff } from './HistoryDiff';
import { ProblemMessage } from '../../app/ProblemMessage';

const historyEntry = z.object({
  id: z.number(),
  at: z.string(),
  action: z.enum(['create', 'update', 'delete', 'import', 'undo']),
  actorEmail: z.string().nullable(),
  importId: z.number().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export function HistoryTimeline({ associationId }: { associationId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ['history', associationId],
    queryFn: ({ signal }) => getJson(`/api/associations/${associationId}/history`, signal, z.array(historyEntry)),
    enabled: open,
    ...SHOWN_IN_PLACE,
  });
  const when = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="history">
      <summary>{t('history.title')}</summary>
      {history.isPending && open && <p className="state">{t('status.loading')}</p>}
      {history.isError && (
        <p className="state" role="alert">
          <ProblemMessage error={history.error} />
        </p>
      )}
      {history.data?.length === 0 && (
        <p className="state" data-testid="history-empty">
          {t('history.empty')}
        </p>
      )}
      <ol className="history-list">
        {history.data?.map((entry) => (
          <li key={entry.id} data-testid="history-entry" data-action={entry.action}>
            <p>
              <strong>{t(`history.actions.${entry.action}`)}</strong> ·{' '}
              <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
              {entry.actorEmail && (
                <>
                  {' '}
                  · <bdi data-testid="history-actor">{entry.actorEmail}</bdi>
                </>
              )}
              {entry.importId !== null && (
                <> · {t('history.importNo', { id: formatNumber(entry.importId, language) })}</>
              )}
            </p>
            {entry.action === 'update' && <HistoryDiff before={entry.before} after={entry.after} />}
          </li>
        ))}
      </ol>
    </details>
  );
}
