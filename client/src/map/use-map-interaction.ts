// Clicks on the map: a cluster zooms in, an association is selected; the selection is flown to wherever it is chosen.
import { useEffect, useRef } from 'react';
import type { MapGeoJSONFeature, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { CLICKABLE_ASSOCIATION_LAYERS, CLUSTER_MAX_ZOOM, clusterExpansionZoom } from './associations-source';

const SELECTED_ZOOM = CLUSTER_MAX_ZOOM + 1.5;

async function onFeatureClick(map: MapLibreMap, feature: MapGeoJSONFeature, select: (id: number) => void): Promise<void> {
  const clusterId = feature.properties.cluster_id;
  if (typeof clusterId === 'number' && feature.geometry.type === 'Point') {
    const zoom = await clusterExpansionZoom(map, clusterId);
    map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom: Math.min(zoom, SELECTED_ZOOM) });
  } else if (typeof feature.id === 'number') {
    select(feature.id);
  }
}

export function useMapClicks(map: MapLibreMap | null, select: (id: number) => void): void {
  const selectRef = useRef(select);
  selectRef.current = select;

  useEffect(() => {
    if (!map) return;
    const onClick = (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (feature) void onFeatureClick(map, feature, selectRef.current);
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const grab = () => (map.getCanvas().style.cursor = '');
    map.on('click', CLICKABLE_ASSOCIATION_LAYERS, onClick);
    map.on('mouseenter', CLICKABLE_ASSOCIATION_LAYERS, pointer);
    map.on('mouseleave', CLICKABLE_ASSOCIATION_LAYERS, grab);
    return () => {
      map.off('click', CLICKABLE_ASSOCIATION_LAYERS, onClick);
      map.off('mouseenter', CLICKABLE_ASSOCIATION_LAYERS, pointer);
      map.off('mouseleave', CLICKABLE_ASSOCIATION_LAYERS, grab);
    };
  }, [map]);
}

/** Flies to the selected association once its position is known. */
export function useFlyToSelection(map: MapLibreMap | null, selectedId: number | undefined, position: [number, number] | undefined): void {
  const flownTo = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!map || selectedId === undefined || !position || flownTo.current === selectedId) return;
    flownTo.current = selectedId;
    map.flyTo({ center: position, zoom: Math.max(map.getZoom(), SELECTED_ZOOM), maxDuration: 1500, essential: true });
  }, [map, selectedId, position]);
}
