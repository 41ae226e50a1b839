// How associations are drawn from their tiles: clusters as discs with their count, single associations as a disc
// (civil) or a diamond (central) sized by members and coloured by international cooperation, or grey and faded when
// suspended or dissolved; hollow where the point is its village's or a point inside its district (an import without
// coordinates), not its own. Status is told by colour, precision by shape, so each reads on its own.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ASSOCIATIONS_SOURCE, TILE_LAYERS } from './associations-source';
import { COLORS, FONT, localNumber } from './expressions';
import { DIAMOND_ICON, DISC_ICON, HOLLOW_DIAMOND_ICON, RING_ICON } from './icons';

export const CLUSTER_LAYER = 'associations-clusters';

const isActive: ExpressionSpecification = ['==', ['get', 'status'], 'active'];
const byStatusAndCooperation: ExpressionSpecification = [
  'case',
  ['!', isActive],
  COLORS.inactive,
  ['==', ['get', 'intlCoop'], true],
  COLORS.intlCoop,
  COLORS.noIntlCoop,
];
const INACTIVE_OPACITY = 0.7;
/** Icon scale from members: 12 px across at 1, growing with the square root so that area follows members. */
const byMembers = (small: number, large: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['sqrt', ['max', ['get', 'members'], 0]],
  0,
  small,
  10,
  (small + large) / 2,
  40,
  large,
];

/**
 * Markers are symbols, not circles, so that they take part in label placement: they always show (allow-overlap)
 * and place names make room for them. Drawn above the names.
 */
const marker = (icon: ExpressionSpecification | string, size: ExpressionSpecification | number) =>
  ({ 'icon-image': icon, 'icon-size': size, 'icon-allow-overlap': true, 'icon-padding': 0 }) as const;
const outline = { 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 } as const;

/** The solid icon where the point is the association's own, the hollow one where the tile says `precision`. */
const byPrecision = (solid: string, hollow: string): ExpressionSpecification => [
  'case',
  ['has', 'precision'],
  hollow,
  solid,
];

/** Single associations of one kind: its icons, sized by members between the two scales. */
const singleAssociations = (
  kind: 'civil' | 'central',
  [solid, hollow]: [string, string],
  [small, large]: [number, number],
): LayerSpecification => ({
  id: `associations-${kind}`,
  type: 'symbol',
  source: ASSOCIATIONS_SOURCE,
  'source-layer': TILE_LAYERS.associations,
  filter: ['==', ['get', 'kind'], kind],
  layout: marker(byPrecision(solid, hollow), byMembers(small, large)),
  paint: { 'icon-color': byStatusAndCooperation, 'icon-opacity': ['case', isActive, 1, INACTIVE_OPACITY], ...outline },
});

export const ASSOCIATION_MARKERS: LayerSpecification[] = [
  {
    id: CLUSTER_LAYER,
    type: 'symbol',
    source: ASSOCIATIONS_SOURCE,
    'source-layer': TILE_LAYERS.clusters,
    layout: {
      ...marker(DISC_ICON, ['step', ['get', 'count'], 2, 10, 2.4, 100, 2.8, 1000, 3.3]),
      'text-field': localNumber(['get', 'count']),
      'text-font': FONT,
      'text-size': ['step', ['get', 'count'], 13, 1000, 11, 10000, 10],
      'text-allow-overlap': true,
      'symbol-sort-key': ['get', 'count'], // where dense cells overlap (Cairo at z6), the biggest is drawn on top
    },
    paint: { 'icon-color': COLORS.cluster, 'icon-opacity': 0.9, ...outline, 'text-color': '#ffffff' },
  },
  singleAssociations('civil', [DISC_ICON, RING_ICON], [0.7, 1.8]),
  singleAssociations('central', [DIAMOND_ICON, HOLLOW_DIAMOND_ICON], [1.1, 2.2]),
];

/** Layers a click can pick an association (or a cluster) from. */
export const CLICKABLE_ASSOCIATION_LAYERS = ASSOCIATION_MARKERS.map((layer) => layer.id);
