// Colours each district by associations per 10,000 people under the current filters, through feature state.
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Stats } from '../../../contracts/association';
import { SOURCES } from './style';

/** The highest rate among the districts, which the colour ramp is stretched to. */
export const choroplethMax = (stats: Stats | undefined) =>
  Math.max(0, ...(stats?.districts ?? []).map((district) => district.associationsPer10k ?? 0));

export function useChoropleth(map: MapLibreMap | null, stats: Stats | undefined, districtsLoaded: boolean): void {
  useEffect(() => {
    if (!map || !stats || !districtsLoaded) return;
    map.removeFeatureState({ source: SOURCES.districts });
    for (const district of stats.districts) {
      map.setFeatureState(
        { source: SOURCES.districts, id: district.code },
        { per10k: district.associationsPer10k ?? null },
      );
    }
    map.setGlobalStateProperty('choroplethMax', choroplethMax(stats));
  }, [map, stats, districtsLoaded]);
}
