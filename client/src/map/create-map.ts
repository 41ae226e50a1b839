// Creates a MapLibre map: its worker from our own origin, one of our offline styles, our icons.
// Arabic labels are shaped and ordered by MapLibre 6 itself (its setRTLTextPlugin is deprecated): the
// mapbox-gl-rtl-text plugin drew the same labels in our screenshots but compiles WebAssembly, which our CSP forbids.
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addIcons } from './icons';

export interface MapView {
  center: [number, number];
  zoom: number;
}

/** Qena, before the boundaries arrive and the map fits them. */
export const DEFAULT_VIEW: MapView = { center: [32.72, 26.05], zoom: 7.6 };

/** A map of `style` (the atlas's, or the import preview's) at `view`. */
export function createMap(container: HTMLElement, view: MapView, style: StyleSpecification): MapLibreMap {
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container,
    style,
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
