// The associations source and its layers, behind one module so that GeoJSON can later give way to /tiles vector tiles.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { AssociationCollection } from '../../../contracts/association';
import { COLORS, FONT, localNumber } from './expressions';
import { DIAMOND_ICON } from './icons';

export const ASSOCIATIONS_SOURCE = 'associations';

/** Zoom from which every association is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 11;

export const associationsSourceSpec: SourceSpecification = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  cluster: true,
  clusterRadius: 36,
  clusterMaxZoom: CLUSTER_MAX_ZOOM,
  clusterProperties: { members: ['+', ['get', 'members']] },
};

const byCooperation: ExpressionSpecification = ['case', ['==', ['get', 'intlCoop'], true], COLORS.intlCoop, COLORS.noIntlCoop];
const byMembers = (small: number, large: number): ExpressionSpecification =>
  ['interpolate', ['linear'], ['sqrt', ['max', ['get', 'members'], 0]], 0, small, 10, (small + large) / 2, 40, large];
const single: ExpressionSpecification = ['!', ['has', 'point_count']];

export const ASSOCIATION_LAYERS: LayerSpecification[] = [
  {
    id: 'associations-clusters',
    type: 'circle',
    source: ASSOCIATIONS_SOURCE,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': COLORS.cluster,
      'circle-opacity': 0.88,
      'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 50, 20, 200, 25],
      'circle-stroke-width': 2,
      'circle-stroke-color': '#ffffff',
    },
  },
  {
    id: 'associations-cluster-count',
    type: 'symbol',
    source: ASSOCIATIONS_SOURCE,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': localNumber(['get', 'point_count']),
      'text-font': FONT,
      'text-size': 13,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  },
  {
    id: 'associations-civil',
    type: 'circle',
    source: ASSOCIATIONS_SOURCE,
    filter: ['all', single, ['==', ['get', 'kind'], 'civil']],
    paint: {
      'circle-color': byCooperation,
      'circle-radius': byMembers(4, 11),
      'circle-stroke-width': 1.2,
      'circle-stroke-color': '#ffffff',
    },
  },
  {
    id: 'associations-central',
    type: 'symbol',
    source: ASSOCIATIONS_SOURCE,
    filter: ['all', single, ['==', ['get', 'kind'], 'central']],
    layout: {
      'icon-image': DIAMOND_ICON,
      'icon-size': byMembers(0.55, 1.25),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: { 'icon-color': byCooperation, 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 },
  },
  {
    id: 'associations-selected',
    type: 'circle',
    source: ASSOCIATIONS_SOURCE,
    filter: ['all', single, ['==', ['id'], ['global-state', 'selected']]],
    paint: {
      'circle-radius': 15,
      'circle-color': 'rgba(29,78,216,0.12)',
      'circle-stroke-width': 3,
      'circle-stroke-color': COLORS.selected,
    },
  },
];

/** Layers a click can pick an association (or a cluster) from. */
export const CLICKABLE_ASSOCIATION_LAYERS = ['associations-clusters', 'associations-civil', 'associations-central'];

export function showAssociations(map: MapLibreMap, collection: AssociationCollection): void {
  map.getSource<GeoJSONSource>(ASSOCIATIONS_SOURCE)?.setData(collection);
}

/** The zoom at which a cluster falls apart, to zoom into it on click. */
export function clusterExpansionZoom(map: MapLibreMap, clusterId: number): Promise<number> {
  const source = map.getSource<GeoJSONSource>(ASSOCIATIONS_SOURCE);
  return source ? source.getClusterExpansionZoom(clusterId) : Promise.resolve(map.getZoom() + 2);
}
