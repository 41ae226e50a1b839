// Earlier imports, newest first, with who ran them, their counts and an undo for committed ones.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, LOCALES } from '../../lib/format';
import { useImports } from './use-imports';
import { ProblemMessage } from '../../app/ProblemMessage';

export function ImportHistory() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { history, undo } = useImports();
  const when = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
  const madeOn = (createdAt: string) => when.format(new Date(createdAt));
  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h3 id="import-history-title">{t('imports.history')}</h3>
      {history.data?.length === 0 && <p className="state">{t('imports.none')}</p>}
      {undo.error && (
        <p className="form-error" role="alert">
          <ProblemMessage error={undo.error} />
        </p>
      )}
      <ol className="history-list" data-testid="import-history">
        {history.data?.map((item) => (
          <li key={item.id} data-testid="import-history-item" data-id={item.id} data-status={item.status}>
            <bdi dir="ltr">
              #{formatNumber(item.id, language)} {item.fileName}
            </bdi>{' '}
            · {t(`imports.statuses.${item.status}`)} · {t(`imports.targets.${item.target}`)} ·{' '}
            <time dateTime={item.createdAt}>{madeOn(item.createdAt)}</time> · <bdi>{item.createdBy}</bdi> ·{' '}
            {(['new', 'updated', 'unchanged'] as const)
              .map((name) => `${t(`imports.counts.${name}`)} ${formatNumber(item.counts[name], language)}`)
              .join('، ')}
            {item.status === 'committed' && (
              <button
                type="button"
                onClick={() => undo.mutate(item.id)}
                disabled={undo.isPending}
                data-testid="import-undo"
              >
                {t('imports.undo')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
