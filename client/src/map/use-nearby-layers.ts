// Shows the service finder's answer on the map while there is one, fitted once per question (service, point and
// radius); the selection's own hook frames the chosen association with the point (see useSelectionOnMap).
import { useMemo } from 'react';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { serviceText, useService, useWhereabouts } from '../features/nearby/nearby-params';
import { useNearest } from '../features/nearby/use-nearest';
import { useSelection } from '../features/profile/use-selection';
import { NEARBY_LAYERS, NEARBY_SOURCE, nearbyFeatures } from './nearby-layers';
import { useSpokeLayers } from './use-spoke-layers';

/** `padding` leaves room for what lies over the map (the open legend). */
export function useNearbyLayers(map: MapLibreMap | null, padding: () => PaddingOptions): void {
  const [service] = useService();
  const { origin } = useWhereabouts();
  const reply = useNearest().data;
  const { selectedId } = useSelection();
  const shown = service && origin ? reply : undefined;
  const data = useMemo(
    () => (shown && origin ? nearbyFeatures([origin.lon, origin.lat], shown.results, selectedId) : undefined),
    [shown, origin, selectedId],
  );
  const fitKey =
    shown && origin && service ? `${origin.lon},${origin.lat}|${serviceText(service)}|${shown.radiusKm}` : undefined;
  useSpokeLayers(map, { source: NEARBY_SOURCE, layers: NEARBY_LAYERS, data, fitKey, padding });
}
