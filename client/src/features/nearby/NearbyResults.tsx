// The finder's answer: a hint until a service and a point are chosen, rows of the same height while it loads (no
// jump), the nearest associations (nearest first), or an empty state that says what to change.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NEAREST_MAX_RADIUS_KM } from '../../../../contracts/nearest';
import { useDistricts } from '../../api/queries';
import { ProblemMessage } from '../../app/ProblemMessage';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, localName } from '../../lib/format';
import { useFilters } from '../filters/use-filters';
import { useSelection } from '../profile/use-selection';
import { setRadius, useService, useWhereabouts } from './nearby-params';
import { NearbyResultItem } from './NearbyResultItem';
import { useNearest } from './use-nearest';
import { useServiceName } from './use-service-name';

const LOADING_ROWS = 3;

export function NearbyResults({ onSelect }: { onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [service] = useService();
  const { origin, radiusKm } = useWhereabouts();
  const nearest = useNearest();
  const { selectedId } = useSelection();
  const serviceName = useServiceName(service);
  const results = nearest.data?.results;
  // District names of the governorates found in (those of the filters, already loaded for the map, until then).
  const filtered = useFilters().filters.governorate;
  const governorates = useMemo(
    () => (results?.length ? [...new Set(results.map((result) => result.governorate))].sort() : (filtered ?? [])),
    [results, filtered],
  );
  const districts = useDistricts(governorates).data;
  const districtNames = new Map(districts?.map((district) => [district.code, localName(district, language)]));
  const km = (value: number) => formatNumber(value, language);

  if (!service || !origin)
    return (
      <p className="state" data-testid="nearby-hint">
        {t(service ? 'nearby.hintOrigin' : 'nearby.hintService')}
      </p>
    );
  if (nearest.isError)
    return (
      <p className="state" role="alert">
        <ProblemMessage error={nearest.error} />
      </p>
    );
  if (results?.length === 0) {
    const wider = Math.min(radiusKm * 2, NEAREST_MAX_RADIUS_KM);
    return (
      <div className="state nearby-empty" data-testid="nearby-empty">
        <p>{t('nearby.empty', { service: serviceName, km: km(radiusKm) })}</p>
        {wider > radiusKm && (
          <button type="button" className="nearby-wider" onClick={() => setRadius(wider)} data-testid="nearby-wider">
            {t('nearby.wider', { km: km(wider) })}
          </button>
        )}
      </div>
    );
  }
  // While loading, rows of the answer's own height, so nothing moves when it comes.
  if (!results) {
    return (
      <ol className="nearby-results" aria-busy="true" aria-label={t('status.loading')} data-testid="nearby-loading">
        {Array.from({ length: LOADING_ROWS }, (_, index) => (
          <li key={index} className="nearby-result loading" />
        ))}
      </ol>
    );
  }
  return (
    <ol
      className="nearby-results"
      aria-label={t('nearby.results', { service: serviceName })}
      data-testid="nearby-results"
    >
      {results.map((result, index) => (
        <NearbyResultItem
          key={result.id}
          result={result}
          rank={index + 1}
          districtName={districtNames.get(result.district)}
          selected={result.id === selectedId}
          language={language}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
