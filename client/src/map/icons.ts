// Marker icons drawn in code as signed-distance fields, so the style can colour, outline and size them freely.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const DISC_ICON = 'disc';
export const DIAMOND_ICON = 'diamond';
/** The hollow forms of both: an association placed at its village or inside its district, not at its own point. */
export const RING_ICON = 'ring';
export const HOLLOW_DIAMOND_ICON = 'hollow-diamond';

const SIZE = 32;
const CENTRE = (SIZE - 1) / 2;
const RADIUS = 12; // the shape's radius in image pixels: 12 CSS px across at icon-size 1 (pixel ratio 2)
const SDF_RADIUS = 4; // distance, in pixels, that the 0..1 alpha range spans around the edge
const STROKE = 2.5; // half the width, in image pixels, of a hollow symbol's line

const disc = (x: number, y: number) => Math.hypot(x - CENTRE, y - CENTRE) - RADIUS;
const diamond = (x: number, y: number) => (Math.abs(x - CENTRE) + Math.abs(y - CENTRE) - RADIUS) / Math.SQRT2;
/** A shape's outline only: the distance to its edge, less the line's half width. */
const hollow = (shape: (x: number, y: number) => number) => (x: number, y: number) =>
  Math.abs(shape(x, y) + STROKE) - STROKE;

/** Signed distance from a pixel to each shape's edge: negative inside. */
const SHAPES = {
  [DISC_ICON]: disc,
  [DIAMOND_ICON]: diamond,
  [RING_ICON]: hollow(disc),
  [HOLLOW_DIAMOND_ICON]: hollow(diamond),
};

/** MapLibre's SDF encoding: alpha 0.75 on the edge, more inside, less outside. */
function sdfImage(distance: (x: number, y: number) => number): ImageData {
  const data = new Uint8ClampedArray(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const alpha = 1 - (distance(x, y) / SDF_RADIUS + 0.25);
      data[(y * SIZE + x) * 4 + 3] = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
    }
  }
  return new ImageData(data, SIZE, SIZE);
}

export function addIcons(map: MapLibreMap): void {
  for (const [name, distance] of Object.entries(SHAPES)) {
    if (!map.hasImage(name)) map.addImage(name, sdfImage(distance), { sdf: true, pixelRatio: 2 });
  }
}
