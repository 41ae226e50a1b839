// A small table of what changed between two snapshots: field, before, after.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { changedFields, describe } from './history-diff';
import { useFieldLabel } from './use-field-label';

export function HistoryDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const language = useLanguage();
  const changes = changedFields(before, after);
  if (changes.length === 0) return null;
  return (
    <table className="history-diff" data-testid="history-diff">
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{t('history.before')}</th>
          <th scope="col">{t('history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} data-field={change.field}>
            <th scope="row">{label(change.field)}</th>
            <td>
              <del>{describe(change.before, language)}</del>
            </td>
            <td>
              <ins>{describe(change.after, language)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
