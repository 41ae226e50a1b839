// The offline basemap drawn from our own tiles (/tiles/basemap): land and sea, the Nile as an area and as a line,
// lakes, railways and stations, towns and villages. Ground layers go under the boundaries, labels above them.
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT, HALO, localName } from './expressions';

export const BASEMAP_SOURCE = 'basemap';

/** The server makes basemap tiles up to this zoom; MapLibre over-zooms them beyond. */
const BASEMAP_MAX_ZOOM = 14;

export const BASEMAP_COLORS = {
  sea: '#c9dfee',
  water: '#9cc3df',
  waterLine: '#6aa3cf',
  land: '#f3f1ec',
  rail: '#57534e',
  place: '#44403c',
} as const;

/** Absolute, because tiles are fetched from MapLibre's worker. */
export const basemapSourceSpec = (): SourceSpecification => ({
  type: 'vector',
  tiles: [`${window.location.origin}/tiles/basemap/{z}/{x}/{y}.mvt`],
  maxzoom: BASEMAP_MAX_ZOOM,
});

const IS_TOWN: ['in', ['get', 'kind'], ['literal', string[]]] = ['in', ['get', 'kind'], ['literal', ['city', 'town']]];

const fromBasemap = (sourceLayer: string) => ({ source: BASEMAP_SOURCE, 'source-layer': sourceLayer }) as const;

/** Land under everything else (the background is the sea). */
export const BASEMAP_GROUND: LayerSpecification[] = [
  { id: 'basemap-land', type: 'fill', ...fromBasemap('land'), paint: { 'fill-color': BASEMAP_COLORS.land } },
];

/** Water, the Nile's line and the railway: above the governorate fills and the choropleth, under the boundaries. */
export const BASEMAP_OVERLAY: LayerSpecification[] = [
  {
    id: 'basemap-water',
    type: 'fill',
    ...fromBasemap('water'),
    paint: { 'fill-color': ['match', ['get', 'kind'], 'sea', BASEMAP_COLORS.sea, BASEMAP_COLORS.water] },
  },
  {
    id: 'basemap-waterway',
    type: 'line',
    ...fromBasemap('waterway'),
    maxzoom: 11,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': BASEMAP_COLORS.waterLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 9, 2.5],
      'line-opacity': ['interpolate', ['linear'], ['zoom'], 9, 1, 11, 0],
    },
  },
  {
    id: 'basemap-railway',
    type: 'line',
    ...fromBasemap('railway'),
    paint: {
      'line-color': BASEMAP_COLORS.rail,
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 12, 2],
      'line-dasharray': [4, 2],
    },
  },
  {
    id: 'basemap-stations',
    type: 'circle',
    ...fromBasemap('station'),
    minzoom: 11,
    paint: {
      'circle-radius': 3.5,
      'circle-color': '#ffffff',
      'circle-stroke-color': BASEMAP_COLORS.rail,
      'circle-stroke-width': 1.5,
    },
  },
];

/** Names under the association discs: the Nile from 7, villages from 10, stations from 11. */
export const BASEMAP_LABELS: LayerSpecification[] = [
  {
    id: 'basemap-waterway-label',
    type: 'symbol',
    ...fromBasemap('waterway'),
    minzoom: 7,
    layout: {
      'symbol-placement': 'line',
      'text-field': localName,
      'text-font': FONT,
      'text-size': 12,
      'symbol-spacing': 400,
    },
    paint: { 'text-color': '#1e5a8a', ...HALO },
  },
  {
    id: 'basemap-station-label',
    type: 'symbol',
    ...fromBasemap('station'),
    minzoom: 11,
    layout: {
      'text-field': localName,
      'text-font': FONT,
      'text-size': 11,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: { 'text-color': BASEMAP_COLORS.rail, ...HALO },
  },
  {
    id: 'villages-label',
    type: 'symbol',
    ...fromBasemap('place'),
    minzoom: 10,
    filter: ['!', IS_TOWN],
    layout: {
      'text-field': localName,
      'text-font': FONT,
      'text-size': 11,
      'text-padding': 3,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.6,
    },
    paint: { 'text-color': BASEMAP_COLORS.place, ...HALO },
  },
];

/** Cities and towns from 10, drawn (and placed) above the association discs, as district names are. */
export const BASEMAP_TOWN_LABELS: LayerSpecification[] = [
  {
    id: 'towns-label',
    type: 'symbol',
    ...fromBasemap('place'),
    minzoom: 10,
    filter: IS_TOWN,
    layout: {
      'text-field': localName,
      'text-font': FONT,
      'text-size': ['match', ['get', 'kind'], 'city', 14, 13],
      'text-padding': 3,
      'symbol-sort-key': ['match', ['get', 'kind'], 'city', 0, 1],
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.8,
    },
    paint: { 'text-color': BASEMAP_COLORS.place, ...HALO },
  },
];
