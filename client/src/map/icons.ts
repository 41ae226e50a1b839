// Icons drawn in code as signed-distance fields, so the style can colour and size them like circles.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const DIAMOND_ICON = 'diamond';

const SIZE = 32;
const HALF_DIAGONAL = 12; // the diamond's corners sit this far from the centre
const SDF_RADIUS = 4; // distance, in pixels, that the 0..1 alpha range spans around the edge

/** A diamond as MapLibre's SDF images expect it: alpha 0.75 on the edge, more inside, less outside. */
function diamondSdf(): ImageData {
  const data = new Uint8ClampedArray(SIZE * SIZE * 4);
  const centre = (SIZE - 1) / 2;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const distance = (Math.abs(x - centre) + Math.abs(y - centre) - HALF_DIAGONAL) / Math.SQRT2;
      const alpha = 1 - (distance / SDF_RADIUS + 0.25);
      data[(y * SIZE + x) * 4 + 3] = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
    }
  }
  return new ImageData(data, SIZE, SIZE);
}

export function addIcons(map: MapLibreMap): void {
  if (!map.hasImage(DIAMOND_ICON)) map.addImage(DIAMOND_ICON, diamondSdf(), { sdf: true, pixelRatio: 2 });
}
