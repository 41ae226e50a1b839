// The camera and the address bar: `map=zoom/lat/lon` is kept current, and the map fits the chosen area when it changes.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import { bboxOf } from '../lib/geo';
import { updateUrl } from '../lib/url-state';
import type { MapView } from './create-map';

const VIEW_PARAM = 'map';

/** The view written in the address bar, if it is a valid one. */
export function viewFromUrl(search: string): MapView | undefined {
  const parts = (new URLSearchParams(search).get(VIEW_PARAM) ?? '').split('/').map(Number);
  const [zoom, lat, lon] = parts;
  if (parts.length !== 3 || zoom === undefined || lat === undefined || lon === undefined || parts.some(Number.isNaN))
    return undefined;
  if (Math.abs(lat) > 85 || Math.abs(lon) > 180 || zoom < 0 || zoom > 22) return undefined;
  return { center: [lon, lat], zoom };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function useViewInUrl(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const write = () => {
      const { lng, lat } = map.getCenter();
      const view = `${round(map.getZoom(), 2)}/${round(lat, 5)}/${round(lng, 5)}`;
      updateUrl((params) => params.set(VIEW_PARAM, view), 'replace');
    };
    map.on('moveend', write);
    return () => void map.off('moveend', write);
  }, [map]);
}

/**
 * Fits the map to `area` whenever `areaKey` (the chosen governorates and districts) changes; on the first load only
 * when the address bar carried no view of its own, and when nothing moved the camera while the area was on its way
 * (a visitor's drag, the service finder framing its answer): that move wins.
 */
export function useFitArea(
  map: MapLibreMap | null,
  fit: { areaKey: string; area: Geometry[] | undefined; padding: () => PaddingOptions },
  hadUrlView: boolean,
): void {
  const { areaKey, area, padding } = fit;
  const fitted = useRef<string | undefined>(hadUrlView ? areaKey : undefined);
  const movedFirst = useRef(false);
  useEffect(() => {
    if (!map) return;
    const moved = () => (movedFirst.current = fitted.current === undefined);
    map.once('movestart', moved);
    return () => void map.off('movestart', moved);
  }, [map]);
  useEffect(() => {
    if (!map || !area || fitted.current === areaKey) return;
    const box = bboxOf(area);
    if (!box) return;
    const first = fitted.current === undefined;
    fitted.current = areaKey;
    // A move already made, or under way (begun in this same render, before this effect), is not undone.
    if (first && (movedFirst.current || map.isMoving())) return;
    map.fitBounds(box, { padding: padding(), maxZoom: 12, duration: first ? 0 : 600 });
  }, [map, areaKey, area, padding]);
}
