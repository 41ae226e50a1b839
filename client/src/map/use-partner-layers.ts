// Shows the partner finder's reply on the map (fitted once per seeker, removed when the finder closes), and lets a
// click name the point partners are sought around when that mode is on.
import { useEffect, useMemo } from 'react';
import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { openPartners, usePartners, usePartnerState } from '../features/partners/use-partners';
import { PARTNER_LAYERS, PARTNERS_SOURCE, partnerFeatures } from './partner-layers';
import { useSpokeLayers } from './use-spoke-layers';

/**
 * Room for the finder's panel, which floats over the map's end side (left in Arabic) on a wide screen; on a phone it
 * sits below the map.
 */
function panelPadding() {
  const side = document.documentElement.dir === 'rtl' ? 'left' : 'right';
  return window.innerWidth < 720 ? 30 : { top: 50, bottom: 50, left: 50, right: 50, [side]: 400 };
}

export function usePartnerLayers(map: MapLibreMap | null): void {
  const { seeker, picking } = usePartnerState();
  const reply = usePartners().data;
  const shown = seeker ? reply : undefined;
  const data = useMemo(() => (shown ? partnerFeatures(shown) : undefined), [shown]);
  const fitKey = shown && JSON.stringify(shown.seeker.location.coordinates);
  useSpokeLayers(map, { source: PARTNERS_SOURCE, layers: PARTNER_LAYERS, data, fitKey, padding: panelPadding });

  useEffect(() => {
    if (!map || !picking) return;
    map.getCanvas().style.cursor = 'crosshair';
    const onClick = (event: MapMouseEvent) =>
      openPartners({ kind: 'point', lon: event.lngLat.lng, lat: event.lngLat.lat });
    map.once('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
    };
  }, [map, picking]);
}
