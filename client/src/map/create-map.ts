// Creates the MapLibre map: its worker from our own origin, our offline style, our icons.
// Arabic labels are shaped and ordered by MapLibre 6 itself (its setRTLTextPlugin is deprecated): the
// mapbox-gl-rtl-text plugin drew the same labels in our screenshots but compiles WebAssembly, which our CSP forbids.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addIcons } from './icons';
import { createStyle } from './style';

export interface MapView {
  center: [number, number];
  zoom: number;
}

/** Qena, before the boundaries arrive and the map fits them. */
export const DEFAULT_VIEW: MapView = { center: [32.72, 26.05], zoom: 7.6 };

/** `filterQuery` is the first filter query, whose association tiles the map loads at once. */
export function createMap(container: HTMLElement, view: MapView, filterQuery: string): MapLibreMap {
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container,
    style: createStyle(filterQuery),
    center: view.center,
    zoom: view.zoom,
    minZoom: 5,
    maxZoom: 17,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
    fadeDuration: 0, // every frame counts where WebGL runs in software
  });
  map.touchZoomRotate.disableRotation();
  map.on('styleimagemissing', () => addIcons(map));
  addIcons(map);
  return map;
}
