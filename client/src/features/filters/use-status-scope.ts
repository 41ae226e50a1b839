// Which associations every figure counts, by status, in words: all of them (the default, as the API counts when no
// `status` is given), active only, or the statuses chosen; with the one switch between "all" and "active only".
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatAnyOf } from '../../lib/format';
import { useFilters } from './use-filters';

export type StatusScope = 'all' | 'active' | 'some';

export interface StatusScopeState {
  scope: StatusScope;
  /** The sentence that says what is counted, e.g. «كل الجمعيات، ومنها المنحلة والموقوفة». */
  text: string;
  /** The label of the switch, e.g. "Show active only". */
  switchLabel: string;
  /** All statuses become active only; active only, or any other choice, becomes all. */
  toggle: () => void;
}

export function useStatusScope(): StatusScopeState {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters, setFilters } = useFilters();
  const status = filters.status ?? [];
  const scope: StatusScope =
    status.length === 0 ? 'all' : status.length === 1 && status[0] === 'active' ? 'active' : 'some';
  return {
    scope,
    text: t(`filters.scope.${scope}`, {
      statuses: formatAnyOf(
        status.map((value) => t(`filters.statuses.${value}`)),
        language,
      ),
    }),
    switchLabel: t(scope === 'all' ? 'filters.scope.toActive' : 'filters.scope.toAll'),
    toggle: () => setFilters({ status: scope === 'all' ? ['active'] : undefined }),
  };
}
