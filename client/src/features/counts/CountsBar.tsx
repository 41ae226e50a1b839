// The totals under the current filters — associations, members, international cooperation — always in view. The
// association count is the stats' exact one; until it arrives, the list's, marked when that is only an estimate —
// and which associations, by status, they count.
import { useTranslation } from 'react-i18next';
import { useAssociations, useStats } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { FilterStatusScope } from '../filters/FilterStatusScope';
import { useFilters } from '../filters/use-filters';

export function CountsBar() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { query } = useFilters();
  const stats = useStats(query);
  const associations = useAssociations(query);
  const totals = stats.data?.totals;
  const updating = stats.isPlaceholderData || associations.isPlaceholderData;
  const figure = (value: number | undefined) => (value === undefined ? '…' : formatNumber(value, language));
  const exact = stats.isPlaceholderData ? undefined : totals?.associations;
  const matched = exact ?? associations.data?.numberMatched;
  const estimated = exact === undefined && associations.data?.numberMatchedEstimated === true;
  const returned = associations.data?.numberReturned;

  return (
    <section
      className="counts"
      aria-label={t('counts.label')}
      aria-live="polite"
      aria-busy={updating}
      data-testid="counts"
    >
      <dl>
        <div>
          <dt>{t('counts.associations')}</dt>
          <dd data-testid="count-associations" data-value={matched} data-estimated={estimated || undefined}>
            {estimated ? t('counts.about', { value: figure(matched) }) : figure(matched)}
          </dd>
        </div>
        <div>
          <dt>{t('counts.members')}</dt>
          <dd data-testid="count-members">{figure(totals?.members)}</dd>
        </div>
        <div>
          <dt>{t('counts.intlCoop')}</dt>
          <dd data-testid="count-intl-coop">{figure(totals?.intlCoop)}</dd>
        </div>
      </dl>
      <FilterStatusScope />
      {matched !== undefined && returned !== undefined && returned < matched && (
        <p className="note">{t('counts.truncated', { shown: figure(returned), total: figure(matched) })}</p>
      )}
    </section>
  );
}
