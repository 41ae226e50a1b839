// A picture of the map as drawn now: the canvas is read inside a 'render' event, while its drawing buffer still holds
// the frame (so the map needs no preserveDrawingBuffer), with what the scale bar and north arrow need to go with it.
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapSnapshot {
  /** A PNG data URL. */
  image: string;
  /** The map's size on screen, in CSS pixels. */
  width: number;
  height: number;
  /** Ground distance per CSS pixel across the middle of the map, as MapLibre's own scale bar measures it. */
  metresPerPixel: number;
  bearing: number;
}

function read(map: MapLibreMap): MapSnapshot {
  const canvas = map.getCanvas();
  const { clientWidth: width, clientHeight: height } = canvas;
  const middle = height / 2;
  const metresPerPixel = map.unproject([0, middle]).distanceTo(map.unproject([width, middle])) / width;
  return { image: canvas.toDataURL('image/png'), width, height, metresPerPixel, bearing: map.getBearing() };
}

/** Waits for the tiles in view, then asks for one more frame and reads it as it is drawn. */
function snapshot(map: MapLibreMap): Promise<MapSnapshot> {
  return new Promise((resolve) => {
    const capture = () => {
      map.once('render', () => resolve(read(map)));
      map.triggerRepaint();
    };
    if (map.loaded()) capture();
    else map.once('idle', capture);
  });
}

/** The snapshot taken when the component mounts; undefined until the frame is drawn. */
export function useMapSnapshot(map: MapLibreMap): MapSnapshot | undefined {
  const [taken, setTaken] = useState<MapSnapshot>();
  useEffect(() => {
    let wanted = true;
    void snapshot(map).then((result) => wanted && setTaken(result));
    return () => {
      wanted = false;
    };
  }, [map]);
  return taken;
}
