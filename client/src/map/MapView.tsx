// The map panel: owns the MapLibre instance and wires data, language, selection and layer switches into it; its
// toolbar prints the map as it is.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssociations, useDistricts, useLinks, useProfile, useStats } from '../api/queries';
import { useEditMarker } from '../features/editing/use-edit-marker';
import { useFilters } from '../features/filters/use-filters';
import { useNearestChoice } from '../features/nearby/use-nearest';
import { PrintButton } from '../features/print/PrintButton';
import { useSelection } from '../features/profile/use-selection';
import { useLanguage } from '../i18n/use-language';
import { DEFAULT_VIEW } from './create-map';
import { MapLegend } from './MapLegend';
import { useAssociationData } from './use-association-data';
import { useBasemapArchive } from './use-basemap-archive';
import { useBasemapData } from './use-basemap-data';
import { choroplethMax, useChoropleth } from './use-choropleth';
import { useFitArea, useViewInUrl, viewFromUrl } from './use-map-camera';
import { useMapControls } from './use-map-controls';
import { useMapClicks, useSelectionOnMap } from './use-map-interaction';
import { useMapInstance } from './use-map-instance';
import { useMapState } from './use-map-state';
import { useNearbyLayers } from './use-nearby-layers';
import { usePartnerLayers } from './use-partner-layers';
import { useLayerVisibility } from './use-layer-visibility';

const initialUrlView = viewFromUrl(window.location.search);

export function MapView({ onSelect }: { onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters, query } = useFilters();
  const { selectedId } = useSelection();
  const governorates = filters.governorate ?? [];
  const container = useRef<HTMLDivElement>(null);
  const map = useMapInstance(container, initialUrlView ?? DEFAULT_VIEW, query);

  const associations = useAssociations(query);
  const stats = useStats(query);
  const { visibility, toggle } = useLayerVisibility(map);
  const links = useLinks(query, visibility.links);
  const districts = useDistricts(governorates).data;

  useMapControls(map, language);
  useMapState(map, { language, governorates });
  useBasemapData(map, governorates, visibility);
  useBasemapArchive(map, language);
  useChoropleth(map, stats.data, Boolean(districts));
  useAssociationData(map, container, { query, links: links.data });
  useMapClicks(map, onSelect);
  usePartnerLayers(map);
  useEditMarker(map);
  useViewInUrl(map);

  const area = useMemo(() => {
    const chosen = districts?.filter((district) => !filters.district || filters.district.includes(district.code));
    return chosen?.length ? chosen.map((district) => district.geometry) : undefined;
  }, [districts, filters.district]);
  const legend = useRef<HTMLDetailsElement>(null);
  /** Room for the legend when it is open, over the map on its start side. */
  const padding = () => {
    const legendSide = language === 'ar' ? 'right' : 'left';
    const legendWidth = legend.current?.open ? legend.current.offsetWidth : 0;
    return { top: 24, bottom: 24, left: 24, right: 24, [legendSide]: 32 + legendWidth };
  };
  const areaKey = `${governorates.join(',')}|${filters.district?.join(',') ?? ''}`;
  useFitArea(map, { areaKey, area, padding }, initialUrlView !== undefined);
  useNearbyLayers(map, padding);

  // From the listed page when it is there, else from the service finder's answer, else from the profile (a shared
  // link may name one the filters leave out).
  const profile = useProfile(selectedId).data;
  const nearestChoice = useNearestChoice(selectedId);
  const selectedPosition =
    associations.data?.features.find((feature) => feature.id === selectedId)?.geometry.coordinates ??
    nearestChoice?.position ??
    (profile?.id === selectedId ? profile?.location.coordinates : undefined);
  useSelectionOnMap(
    map,
    { selectedId, position: selectedPosition, from: nearestChoice?.from },
    initialUrlView !== undefined,
  );
  const rampMax = choroplethMax(stats.data);

  return (
    <section className="map-panel" aria-label={t('map.label')}>
      <div ref={container} className="map" data-testid="map" data-map-ready={map ? 'true' : 'false'} />
      <div className="map-toolbar">
        <PrintButton map={map} legend={{ visibility, choroplethMax: rampMax }} />
      </div>
      <MapLegend
        ref={legend}
        visibility={visibility}
        onToggle={toggle}
        choroplethMax={rampMax}
        language={language}
        openByDefault={window.matchMedia('(min-width: 720px)').matches}
      />
    </section>
  );
}
