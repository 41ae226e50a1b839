// Shows the partner finder's reply on the map (added when there is one, removed when the finder closes), fits the
// camera to it once per seeker, and lets a click name the point partners are sought around when that mode is on.
import { useEffect, useRef } from 'react';
import type { GeoJSONSource, LayerSpecification as MapLayer, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { openPartners, usePartners, usePartnerState } from '../features/partners/use-partners';
import { bboxOf } from '../lib/geo';
import { PARTNER_LAYERS, PARTNERS_SOURCE, partnerFeatures } from './partner-layers';

function removePartnerLayers(map: MapLibreMap): void {
  for (const layer of PARTNER_LAYERS) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(PARTNERS_SOURCE)) map.removeSource(PARTNERS_SOURCE);
}

/** Room for the finder's panel, which floats over the map's end side (left in Arabic) on a wide screen; on a phone it sits below the map. */
function panelPadding(map: MapLibreMap) {
  const side = document.documentElement.dir === 'rtl' ? 'left' : 'right';
  return window.innerWidth < 720 ? 30 : { top: 50, bottom: 50, left: 50, right: 50, [side]: 400 };
}

export function usePartnerLayers(map: MapLibreMap | null): void {
  const { seeker, picking } = usePartnerState();
  const reply = usePartners().data;
  const shown = seeker ? reply : undefined;
  const fittedFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!map) return;
    if (!shown) {
      removePartnerLayers(map);
      fittedFor.current = undefined;
      return;
    }
    const data = partnerFeatures(shown);
    const source = map.getSource<GeoJSONSource>(PARTNERS_SOURCE);
    if (source) source.setData(data);
    else {
      map.addSource(PARTNERS_SOURCE, { type: 'geojson', data });
      for (const layer of PARTNER_LAYERS) map.addLayer(layer as MapLayer);
    }
    const key = JSON.stringify(shown.seeker.location.coordinates);
    const box = bboxOf(data.features.map((feature) => feature.geometry));
    if (box && fittedFor.current !== key) {
      fittedFor.current = key;
      map.fitBounds(box, { padding: panelPadding(map), maxZoom: 13, duration: 800 });
    }
  }, [map, shown]);

  useEffect(() => {
    if (!map || !picking) return;
    map.getCanvas().style.cursor = 'crosshair';
    const onClick = (event: MapMouseEvent) => openPartners({ kind: 'point', lon: event.lngLat.lng, lat: event.lngLat.lat });
    map.once('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
    };
  }, [map, picking]);
}
