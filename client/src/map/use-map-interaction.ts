// Clicks on the map: a cluster zooms in, an association is selected; the selection is ringed, and flown to wherever
// it is chosen, unless a shared link's view says where to look.
import { useEffect, useRef } from 'react';
import type { GeoJSONSource, MapGeoJSONFeature, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { CLICKABLE_ASSOCIATION_LAYERS, CLUSTER_LAYER } from './association-layers';
import { TILES_MAX_ZOOM } from './associations-source';
import { SELECTION_SOURCE, selectionFeatures } from './selection-ring';

/**
 * Tiles carry no expansion zoom for a cluster: two levels closer, never past the zoom where every association is
 * single.
 */
const CLUSTER_STEP = 2;

function onFeatureClick(map: MapLibreMap, feature: MapGeoJSONFeature, select: (id: number) => void): void {
  if (feature.layer.id === CLUSTER_LAYER && feature.geometry.type === 'Point') {
    const zoom = Math.min(map.getZoom() + CLUSTER_STEP, TILES_MAX_ZOOM);
    map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
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
      if (feature) onFeatureClick(map, feature, selectRef.current);
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

/**
 * Rings the selected association once its position is known and flies to it, close enough that it is drawn on its
 * own rather than inside a cluster; one the service finder found (`from`: the point it was found from) is framed
 * with that point instead, so its line is seen whole. When the address bar carried a view (`sharedView`), the
 * association it names on the first load is ringed but not flown to: the shared view wins.
 */
export function useSelectionOnMap(
  map: MapLibreMap | null,
  selection: { selectedId: number | undefined; position: [number, number] | undefined; from?: [number, number] },
  sharedView: boolean,
): void {
  const { selectedId, position, from } = selection;
  const flownTo = useRef<number | undefined>(sharedView ? selectedId : undefined);
  const [lon, lat] = position ?? [];
  const [fromLon, fromLat] = from ?? [];
  useEffect(() => {
    if (!map) return;
    const at: [number, number] | undefined = lon === undefined || lat === undefined ? undefined : [lon, lat];
    void map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData(selectionFeatures(selectedId, at));
    if (selectedId === undefined || !at || flownTo.current === selectedId) return;
    flownTo.current = selectedId;
    if (fromLon !== undefined && fromLat !== undefined) {
      const box: [number, number, number, number] = [
        Math.min(at[0], fromLon),
        Math.min(at[1], fromLat),
        Math.max(at[0], fromLon),
        Math.max(at[1], fromLat),
      ];
      map.fitBounds(box, { padding: 50, maxZoom: TILES_MAX_ZOOM, duration: 800 });
    } else {
      map.flyTo({ center: at, zoom: Math.max(map.getZoom(), TILES_MAX_ZOOM), maxDuration: 1500, essential: true });
    }
  }, [map, selectedId, lon, lat, fromLon, fromLat]);
}
