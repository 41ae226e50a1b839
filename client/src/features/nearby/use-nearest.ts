// The nearest associations offering the chosen service from the chosen point; idle until both are chosen.
import { useQuery } from '@tanstack/react-query';
import { nearestReply } from '../../../../contracts/nearest';
import { getJson } from '../../api/http';
import { SHOWN_IN_PLACE } from '../../api/query-client';
import { useService, useWhereabouts } from './nearby-params';

export function useNearest() {
  const [service] = useService();
  const { origin, radiusKm } = useWhereabouts();
  const params = new URLSearchParams();
  if (service && origin) {
    params.set('lon', origin.lon.toFixed(5));
    params.set('lat', origin.lat.toFixed(5));
    params.set(service.kind, service.code);
    params.set('radiusKm', String(radiusKm));
  }
  const query = params.toString();
  return useQuery({
    queryKey: ['nearest', query],
    queryFn: ({ signal }) => getJson(`/api/nearest?${query}`, signal, nearestReply),
    enabled: query !== '',
    staleTime: 60_000,
    ...SHOWN_IN_PLACE,
  });
}

/** When the selected association is one the finder found: where it is and the point it was found from. */
export function useNearestChoice(
  selectedId: number | undefined,
): { position: [number, number]; from: [number, number] } | undefined {
  const { origin } = useWhereabouts();
  const chosen = useNearest().data?.results.find((result) => result.id === selectedId);
  return chosen && origin ? { position: chosen.location.coordinates, from: [origin.lon, origin.lat] } : undefined;
}
