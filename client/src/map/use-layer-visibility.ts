// Which layer groups the legend has switched on, applied to the map's layers.
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_GROUPS, type LayerGroup } from './style';

export type LayerVisibility = Record<LayerGroup, boolean>;

export const DEFAULT_VISIBILITY: LayerVisibility = {
  associations: true,
  choropleth: true,
  districts: true,
  villages: true,
  socialUnits: false,
  links: false,
};

export function useLayerVisibility(map: MapLibreMap | null) {
  const [visibility, setVisibility] = useState<LayerVisibility>(DEFAULT_VISIBILITY);

  useEffect(() => {
    if (!map) return;
    for (const [group, layers] of Object.entries(LAYER_GROUPS) as [LayerGroup, readonly string[]][]) {
      for (const layer of layers) map.setLayoutProperty(layer, 'visibility', visibility[group] ? 'visible' : 'none');
    }
  }, [map, visibility]);

  const toggle = (group: LayerGroup) => setVisibility((current) => ({ ...current, [group]: !current[group] }));
  return { visibility, toggle };
}
