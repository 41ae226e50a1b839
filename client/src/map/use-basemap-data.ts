// Feeds the boundaries drawn over the basemap tiles: governorate and district polygons with label points; social
// units once shown.
import { useEffect, useMemo } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { useDistricts, useGovernorates, useSocialUnits } from '../api/queries';
import { boundariesToCollection, labelPoints } from '../lib/geo';
import { SOURCES } from './style';
import type { LayerVisibility } from './use-layer-visibility';

type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

function useSourceData(map: MapLibreMap | null, source: SourceId, data: GeoJSON | undefined): void {
  useEffect(() => {
    if (map && data) void map.getSource<GeoJSONSource>(source)?.setData(data);
  }, [map, source, data]);
}

export function useBasemapData(map: MapLibreMap | null, governorates: string[], visibility: LayerVisibility): void {
  const governorateItems = useGovernorates().data;
  const districtItems = useDistricts(governorates).data;
  const socialUnits = useSocialUnits(governorates, visibility.socialUnits).data;

  const governorateShapes = useMemo(
    () => governorateItems && boundariesToCollection(governorateItems),
    [governorateItems],
  );
  const governorateLabels = useMemo(() => governorateItems && labelPoints(governorateItems), [governorateItems]);
  const districtShapes = useMemo(() => districtItems && boundariesToCollection(districtItems), [districtItems]);
  const districtLabels = useMemo(() => districtItems && labelPoints(districtItems), [districtItems]);

  useSourceData(map, SOURCES.governorates, governorateShapes);
  useSourceData(map, SOURCES.governorateLabels, governorateLabels);
  useSourceData(map, SOURCES.districts, districtShapes);
  useSourceData(map, SOURCES.districtLabels, districtLabels);
  useSourceData(map, SOURCES.socialUnits, socialUnits);
}
