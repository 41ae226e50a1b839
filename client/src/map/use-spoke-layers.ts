// Shows a source of spokes on the map while there is data (added with its layers, updated, removed when the data
// goes), and fits the camera to it once per `fitKey` — a new seeker or origin, not every change of need.
import { useEffect, useRef } from 'react';
import type { FitBoundsOptions, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { bboxOf } from '../lib/geo';
import type { SpokeFeatures } from './spoke-layers';

interface SpokeSource {
  source: string;
  layers: LayerSpecification[];
  data: SpokeFeatures | undefined;
  fitKey: string | undefined;
  padding: () => FitBoundsOptions['padding'];
}

function removeSpokes(map: MapLibreMap, source: string, layers: LayerSpecification[]): void {
  for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(source)) map.removeSource(source);
}

export function useSpokeLayers(map: MapLibreMap | null, { source, layers, data, fitKey, padding }: SpokeSource): void {
  const fittedFor = useRef<string | undefined>(undefined);
  const paddingRef = useRef(padding);
  paddingRef.current = padding;

  useEffect(() => {
    if (!map) return;
    if (!data) {
      removeSpokes(map, source, layers);
      fittedFor.current = undefined;
      return;
    }
    const shown = map.getSource<GeoJSONSource>(source);
    if (shown) void shown.setData(data);
    else {
      map.addSource(source, { type: 'geojson', data });
      for (const layer of layers) map.addLayer(layer);
    }
    const box = bboxOf(data.features.map((feature) => feature.geometry));
    if (box && fitKey !== undefined && fittedFor.current !== fitKey) {
      fittedFor.current = fitKey;
      map.fitBounds(box, { padding: paddingRef.current(), maxZoom: 13, duration: 800 });
    }
  }, [map, source, layers, data, fitKey]);
}
