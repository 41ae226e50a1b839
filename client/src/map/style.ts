// The map's own offline style: the basemap from our own tiles and boundary data, then social units, links and
// associations; district names above the association discs so a cluster never hides them.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ASSOCIATION_MARKERS } from './association-layers';
import {
  BASEMAP_COLORS,
  BASEMAP_GROUND,
  BASEMAP_LABELS,
  BASEMAP_OVERLAY,
  BASEMAP_SOURCE,
  BASEMAP_TOWN_LABELS,
  basemapSourceSpec,
} from './basemap-layers';
import { ASSOCIATIONS_SOURCE, associationsSourceSpec } from './associations-source';
import { COLORS, FONT, HALO, MAP_STATE, localName } from './expressions';
import { SELECTION_RING, SELECTION_SOURCE } from './selection-ring';

export const SOURCES = {
  governorates: 'governorates',
  governorateLabels: 'governorate-labels',
  districts: 'districts',
  districtLabels: 'district-labels',
  basemap: BASEMAP_SOURCE,
  socialUnits: 'social-units',
  links: 'links',
  associations: ASSOCIATIONS_SOURCE,
  selection: SELECTION_SOURCE,
} as const;

const emptyGeoJson = (extra: Partial<SourceSpecification> = {}): SourceSpecification =>
  ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...extra }) as SourceSpecification;

const boundaryLayers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
  ...BASEMAP_GROUND,
  {
    id: 'governorates-fill',
    type: 'fill',
    source: SOURCES.governorates,
    paint: {
      'fill-color': [
        'case',
        ['in', ['get', 'code'], ['global-state', 'governorates']],
        '#ffffff',
        COLORS.otherGovernorate,
      ],
    },
  },
  {
    id: 'districts-choropleth',
    type: 'fill',
    source: SOURCES.districts,
    paint: {
      'fill-color': [
        'case',
        ['==', ['feature-state', 'per10k'], null],
        'rgba(0,0,0,0)',
        [
          'interpolate',
          ['linear'],
          ['/', ['feature-state', 'per10k'], ['max', ['global-state', 'choroplethMax'], 0.01]],
          0,
          COLORS.choropleth[0],
          0.25,
          COLORS.choropleth[1],
          0.5,
          COLORS.choropleth[2],
          0.75,
          COLORS.choropleth[3],
          1,
          COLORS.choropleth[4],
        ],
      ],
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.55, 13, 0.2],
    },
  },
  ...BASEMAP_OVERLAY,
  {
    id: 'districts-line',
    type: 'line',
    source: SOURCES.districts,
    paint: {
      'line-color': COLORS.boundary,
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 1.5],
      'line-dasharray': [3, 2],
    },
  },
  {
    id: 'governorates-line',
    type: 'line',
    source: SOURCES.governorates,
    paint: {
      'line-color': COLORS.governorate,
      'line-width': ['case', ['in', ['get', 'code'], ['global-state', 'governorates']], 2.2, 0.8],
    },
  },
];

const placeLayers: LayerSpecification[] = [
  {
    id: 'social-units',
    type: 'circle',
    source: SOURCES.socialUnits,
    minzoom: 8,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 13, 5],
      'circle-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-stroke-color': ['match', ['get', 'status'], 'unused', COLORS.unitUnused, COLORS.unitInUse],
    },
  },
  {
    id: 'links',
    type: 'line',
    source: SOURCES.links,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': [
        'match',
        ['get', 'kind'],
        'partnership',
        COLORS.links.partnership,
        'network',
        COLORS.links.network,
        COLORS.links.affiliation,
      ],
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 13, 2],
      'line-opacity': 0.6,
    },
  },
];

const DISTRICT_LABELS_FROM = 7;

const labelLayers: LayerSpecification[] = [
  ...BASEMAP_LABELS,
  {
    id: 'governorates-label',
    type: 'symbol',
    source: SOURCES.governorateLabels,
    minzoom: 5,
    maxzoom: DISTRICT_LABELS_FROM,
    layout: { 'text-field': localName, 'text-font': FONT, 'text-size': 14, 'text-letter-spacing': 0 },
    paint: { 'text-color': COLORS.governorate, 'text-opacity': 0.85, ...HALO },
  },
];

/**
 * District names from 7 to 10, drawn (and placed) above the association discs; governorate names before. From 7, not
 * 8: the opening view fits Qena (desert included) at about 7.6 on a desk screen, and should name its nine markaz.
 */
const districtLabels: LayerSpecification[] = [
  {
    id: 'districts-label',
    type: 'symbol',
    source: SOURCES.districtLabels,
    minzoom: DISTRICT_LABELS_FROM,
    maxzoom: 11,
    layout: {
      'text-field': localName,
      'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 12, 16],
      'text-padding': 4,
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 1,
    },
    paint: { 'text-color': COLORS.label, ...HALO },
  },
];

/** Layer ids per toggle in the legend. */
export const LAYER_GROUPS = {
  associations: [...ASSOCIATION_MARKERS, SELECTION_RING].map((layer) => layer.id),
  links: ['links'],
  socialUnits: ['social-units'],
  choropleth: ['districts-choropleth'],
  districts: ['districts-line', 'districts-label'],
  villages: ['villages-label', 'towns-label'],
} as const;
export type LayerGroup = keyof typeof LAYER_GROUPS;

/** The style, its associations source already pointed at the tiles of the first filter query. */
export function createStyle(filterQuery: string): StyleSpecification {
  return {
    version: 8,
    glyphs: '/glyphs/{fontstack}/{range}.pbf',
    state: MAP_STATE,
    sources: {
      [SOURCES.governorates]: emptyGeoJson(),
      [SOURCES.governorateLabels]: emptyGeoJson(),
      [SOURCES.districts]: emptyGeoJson({ promoteId: 'code' }),
      [SOURCES.districtLabels]: emptyGeoJson(),
      [SOURCES.basemap]: basemapSourceSpec(),
      [SOURCES.socialUnits]: emptyGeoJson(),
      [SOURCES.links]: emptyGeoJson(),
      [SOURCES.associations]: associationsSourceSpec(filterQuery),
      [SOURCES.selection]: emptyGeoJson(),
    },
    layers: [
      ...boundaryLayers,
      ...placeLayers,
      ...labelLayers,
      ...ASSOCIATION_MARKERS,
      SELECTION_RING,
      ...districtLabels,
      ...BASEMAP_TOWN_LABELS,
    ],
  };
}

export const PREVIEW_SOURCE = 'import-preview';

/** Precision colours of the import preview: the page's swatches beside the counts use the same. */
export const PRECISION_COLORS = { exact: COLORS.noIntlCoop, village: '#a16207', district: '#7c3aed' } as const;

/**
 * The import page's preview: the basemap, and the dry run's rows as dots coloured by how precisely each was placed
 * (a ring where the row has an error). No association tiles, boundaries or legend toggles.
 */
export function createPreviewStyle(): StyleSpecification {
  return {
    version: 8,
    glyphs: '/glyphs/{fontstack}/{range}.pbf',
    state: MAP_STATE,
    sources: { [SOURCES.basemap]: basemapSourceSpec(), [PREVIEW_SOURCE]: emptyGeoJson() },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      ...BASEMAP_GROUND,
      ...BASEMAP_OVERLAY,
      ...BASEMAP_LABELS,
      {
        id: 'import-preview-rows',
        type: 'circle',
        source: PREVIEW_SOURCE,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3, 13, 7],
          'circle-color': [
            'match',
            ['get', 'precision'],
            'village',
            PRECISION_COLORS.village,
            'district',
            PRECISION_COLORS.district,
            PRECISION_COLORS.exact,
          ],
          'circle-opacity': ['case', ['get', 'valid'], 0.9, 0],
          'circle-stroke-width': ['case', ['get', 'valid'], 1, 2],
          'circle-stroke-color': ['case', ['get', 'valid'], '#ffffff', COLORS.unitUnused],
        },
      },
      ...BASEMAP_TOWN_LABELS,
    ],
  };
}
