// Web Mercator tile arithmetic for tests: which z/x/y tile holds a point, and the tiles that cover a box.
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

export function tileOf(lon: number, lat: number, z: number): TileAddress {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n),
  };
}

/** Every tile of zoom `z` that a (west, south, east, north) box touches. */
export function tilesCovering(
  [west, south, east, north]: readonly [number, number, number, number],
  z: number,
): TileAddress[] {
  const from = tileOf(west, north, z);
  const to = tileOf(east, south, z);
  const found: TileAddress[] = [];
  for (let x = from.x; x <= to.x; x++) for (let y = from.y; y <= to.y; y++) found.push({ z, x, y });
  return found;
}
