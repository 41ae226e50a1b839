// One association found: its rank (the number on the map), name, distance on the ground (approximate when it is
// placed at its village or district), district and kind; the whole row opens its profile.
import { useTranslation } from 'react-i18next';
import type { NearestResult } from '../../../../contracts/nearest';
import type { Language } from '../../i18n/i18n';
import { formatNumber, localName } from '../../lib/format';

interface NearbyResultItemProps {
  result: NearestResult;
  rank: number;
  districtName: string | undefined;
  selected: boolean;
  language: Language;
  onSelect: (id: number) => void;
}

export function NearbyResultItem({ result, rank, districtName, selected, language, onSelect }: NearbyResultItemProps) {
  const { t } = useTranslation();
  const km = formatNumber(result.distanceKm, language);
  return (
    <li>
      <button
        type="button"
        className="nearby-result"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(result.id)}
        data-testid="nearby-result"
        data-id={result.id}
      >
        <span className="nearby-rank" aria-hidden="true">
          {formatNumber(rank, language)}
        </span>
        <span className="nearby-name">{localName(result, language)}</span>
        <span className="nearby-distance" data-testid="nearby-distance">
          {result.locationPrecision === 'exact' ? t('nearby.distance', { km }) : t('nearby.distanceAbout', { km })}
        </span>
        <span className="nearby-meta">
          <span className={`badge kind-${result.kind}`}>{t(`filters.kinds.${result.kind}`)}</span>
          {districtName && <span>{districtName}</span>}
        </span>
      </button>
    </li>
  );
}
