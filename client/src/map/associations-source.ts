// The associations source and its layers, behind one module so that GeoJSON can later give way to /tiles vector tiles.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { AssociationCollection } from '../../../contracts/association';
import { COLORS, FONT, localNumber } from './expressions';
import { DIAMOND_ICON, DISC_ICON } from './icons';

export const ASSOCIATIONS_SOURCE = 'associations';

/** Zoom from which every association is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 10;

export const associationsSourceSpec: SourceSpecification = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  cluster: true,
  clusterRadius: 36,
  clusterMaxZoom: CLUSTER_MAX_ZOOM,
  clusterProperties: { members: ['+', ['get', 'members']] },
};

const byCooperation: ExpressionSpecification = ['case', ['==', ['get', 'intlCoop'], true], COLORS.intlCoop, COLORS.noIntlCoop];
/** Icon scale from members: 12 px across at 1, growing with the square root so that area follows members. */
const byMembers = (small: number, large: number): ExpressionSpecification =>
  ['interpolate', ['linear'], ['sqrt', ['max', ['get', 'members'], 0]], 0, small, 10, (small + large) / 2, 40, large];
const single: ExpressionSpecification = ['!', ['has', 'point_count']];

/**
 * Markers are symbols, not circles, so that they take part in label placement: they always show (allow-overlap)
 * and place names make room for them. Drawn above the names.
 */
const marker = (icon: string, size: ExpressionSpecification | number) =>
  ({ 'icon-image': icon, 'icon-size': size, 'icon-allow-overlap': true, 'icon-padding': 0 }) as const;
const outline = { 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 } as const;

/** The selection ring, drawn over everything. */
export const ASSOCIATION_SELECTION: LayerSpecification[] = [
  {
    id: 'associations-selected',
    type: 'circle',
    source: ASSOCIATIONS_SOURCE,
    filter: ['all', single, ['==', ['id'], ['global-state', 'selected']]],
    paint: {
      'circle-radius': 16,
      'circle-color': 'rgba(29,78,216,0.08)',
      'circle-stroke-width': 3,
      'circle-stroke-color': COLORS.selected,
    },
  },
];

export const ASSOCIATION_MARKERS: LayerSpecification[] = [
  {
    id: 'associations-clusters',
    type: 'symbol',
    source: ASSOCIATIONS_SOURCE,
    filter: ['has', 'point_count'],
    layout: {
      ...marker(DISC_ICON, ['step', ['get', 'point_count'], 2.2, 10, 2.7, 50, 3.3, 200, 4]),
      'text-field': localNumber(['get', 'point_count']),
      'text-font': FONT,
      'text-size': 13,
      'text-allow-overlap': true,
    },
    paint: { 'icon-color': COLORS.cluster, 'icon-opacity': 0.9, ...outline, 'text-color': '#ffffff' },
  },
  {
    id: 'associations-civil',
    type: 'symbol',
    source: ASSOCIATIONS_SOURCE,
    filter: ['all', single, ['==', ['get', 'kind'], 'civil']],
    layout: marker(DISC_ICON, byMembers(0.7, 1.8)),
    paint: { 'icon-color': byCooperation, ...outline },
  },
  {
    id: 'associations-central',
    type: 'symbol',
    source: ASSOCIATIONS_SOURCE,
    filter: ['all', single, ['==', ['get', 'kind'], 'central']],
    layout: marker(DIAMOND_ICON, byMembers(1.1, 2.2)),
    paint: { 'icon-color': byCooperation, ...outline },
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
