// The ring around the selected association, from a source of its own holding just that point, so it shows at any
// zoom, even where the association is counted inside a cluster or left out by the filters.
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COLORS } from './expressions';

export const SELECTION_SOURCE = 'selection';

/** The selected association as the source's data (its id as the feature id); empty when nothing is selected. */
export const selectionFeatures = (
  id: number | undefined,
  position: [number, number] | undefined,
): FeatureCollection<Point> => ({
  type: 'FeatureCollection',
  features:
    id !== undefined && position
      ? [{ type: 'Feature', id, geometry: { type: 'Point', coordinates: position }, properties: {} }]
      : [],
});

/** Drawn over everything. */
export const SELECTION_RING: LayerSpecification = {
  id: 'associations-selected',
  type: 'circle',
  source: SELECTION_SOURCE,
  paint: {
    'circle-radius': 16,
    'circle-color': 'rgba(29,78,216,0.08)',
    'circle-stroke-width': 3,
    'circle-stroke-color': COLORS.selected,
  },
};
