// Creates the MapLibre map: worker and RTL plugin from our own origin, our offline style, our icons.
import { Map as MapLibreMap, setRTLTextPlugin, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addIcons } from './icons';
import { createStyle } from './style';

/** Self-hosted Arabic shaping and bidi for labels (see client/public/vendor). */
export const RTL_PLUGIN_URL = '/vendor/mapbox-gl-rtl-text.js';

export interface MapView {
  center: [number, number];
  zoom: number;
}

/** Qena, before the boundaries arrive and the map fits them. */
export const DEFAULT_VIEW: MapView = { center: [32.72, 26.05], zoom: 7.6 };

let pluginRequested = false;

function setUpLibrary(): void {
  setWorkerUrl(workerUrl);
  if (pluginRequested) return;
  pluginRequested = true;
  void setRTLTextPlugin(RTL_PLUGIN_URL, false);
}

export function createMap(container: HTMLElement, view: MapView): MapLibreMap {
  setUpLibrary();
  const map = new MapLibreMap({
    container,
    style: createStyle(),
    center: view.center,
    zoom: view.zoom,
    minZoom: 5,
    maxZoom: 17,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.on('styleimagemissing', () => addIcons(map));
  addIcons(map);
  return map;
}
