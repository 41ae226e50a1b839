// One association in the results: name, district, members and its kind, cooperation and status marks (a suspended or
// dissolved one is labelled and its name greyed).
import { useTranslation } from 'react-i18next';
import type { AssociationFeature } from '../../../../contracts/association';
import type { Language } from '../../i18n/i18n';
import { formatNumber, localName } from '../../lib/format';
import { StatusBadge } from '../profile/StatusBadge';

interface ResultListItemProps {
  feature: AssociationFeature;
  districtName: string | undefined;
  selected: boolean;
  language: Language;
  onSelect: (id: number) => void;
}

export function ResultListItem({ feature, districtName, selected, language, onSelect }: ResultListItemProps) {
  const { t } = useTranslation();
  const { properties } = feature;
  return (
    <button
      type="button"
      className="result"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(feature.id)}
      data-testid="result-item"
      data-id={feature.id}
      data-status={properties.status}
    >
      <span className="result-name">{localName(properties, language)}</span>
      <span className="result-meta">
        <StatusBadge status={properties.status} testId="result-status" />
        <span className={`badge kind-${properties.kind}`}>{t(`filters.kinds.${properties.kind}`)}</span>
        {properties.intlCoop && <span className="badge intl">{t('counts.intlCoop')}</span>}
        {districtName && <span>{districtName}</span>}
        <span>{t('list.members', { count: formatNumber(properties.members, language) })}</span>
      </span>
    </button>
  );
}
