// While editing, a draggable marker shows the association's point; dragging it or clicking the map moves the point.
import { useEffect, useRef } from 'react';
import { Marker, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { movePoint, useEditSession } from './edit-session';

export function useEditMarker(map: MapLibreMap | null): void {
  const session = useEditSession();
  const active = session !== null;
  const marker = useRef<Marker | null>(null);

  useEffect(() => {
    if (!map || !active) return;
    const created = new Marker({ draggable: true, color: '#b3261e' });
    created.getElement().dataset.testid = 'edit-marker';
    created.on('dragend', () => {
      const { lng, lat } = created.getLngLat();
      movePoint([round(lng), round(lat)]);
    });
    const onClick = (event: MapMouseEvent) => movePoint([round(event.lngLat.lng), round(event.lngLat.lat)]);
    map.on('click', onClick);
    map.getCanvas().style.cursor = 'crosshair';
    marker.current = created;
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
      created.remove();
      marker.current = null;
    };
  }, [map, active]);

  const point = session?.point;
  useEffect(() => {
    if (!map || !marker.current) return;
    if (point) marker.current.setLngLat(point).addTo(map);
    else marker.current.remove();
  }, [map, point, active]);
}

/** Six decimals: about ten centimetres, more than any registry needs. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;
