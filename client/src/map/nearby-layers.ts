// The service finder on the map: a straight line from the point asked from to each association found, numbered by
// rank as in the list, the chosen one's line the strongest.
import type { NearestResult } from '../../../contracts/nearest';
import { COLORS } from './expressions';
import { spokeFeatures, spokeLayers, type SpokeFeatures } from './spoke-layers';

export const NEARBY_SOURCE = 'nearby';

export const NEARBY_LAYERS = spokeLayers(NEARBY_SOURCE, COLORS.selected);

export const nearbyFeatures = (
  origin: [number, number],
  results: NearestResult[],
  selectedId: number | undefined,
): SpokeFeatures =>
  spokeFeatures(
    origin,
    results.map((result, index) => ({
      id: result.id,
      at: result.location.coordinates,
      label: index + 1,
      weight: result.id === selectedId ? 100 : 25,
    })),
  );
