// Viewport-shaped tile sets for the tile benchmark: screens of 4 × 3 tiles (1280 × 800 pixels of 512-pixel tiles,
// partial ones included) centred on randomly drawn associations (so mostly Cairo, the Delta and the Nile valley)
// and on empty desert, plus the zoom's densest tile. Seeded, so every run asks for the same tiles.
import type { Db } from '../../server/src/db';
import type { TileCoordinates } from '../../server/src/features/tiles/tile-coordinates';

/** Desert boxes (minLon, minLat, maxLon, maxLat) with hardly any association: the sparse side. */
const SPARSE_BOXES: readonly [number, number, number, number][] = [
  [25.5, 23.0, 29.0, 27.0], // Western Desert
  [33.0, 24.0, 34.8, 26.5], // Eastern Desert
  [33.3, 28.8, 34.2, 30.0], // Sinai
];

/** mulberry32: a small seeded generator, enough to pick the same places on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tileX = (lon: number, z: number) => ((lon + 180) / 360) * 2 ** z;
const tileY = (lat: number, z: number) => ((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z;

/** The tiles of one 1280 × 800 screen centred on (lon, lat) at zoom z. */
export function viewport(lon: number, lat: number, z: number): TileCoordinates[] {
  const [cx, cy, last] = [tileX(lon, z), tileY(lat, z), 2 ** z - 1];
  const tiles: TileCoordinates[] = [];
  for (let x = Math.floor(cx - 2); x <= Math.floor(cx + 1); x += 1) {
    for (let y = Math.floor(cy - 1.5); y <= Math.floor(cy + 1); y += 1) {
      if (x >= 0 && y >= 0 && x <= last && y <= last) tiles.push({ z, x, y });
    }
  }
  return tiles;
}

export const tilePath = ({ z, x, y }: TileCoordinates) => `/tiles/associations/${z}/${x}/${y}.mvt`;

/** `dense` + `sparse` viewports at zoom z; tiles listed once, in the order a map would ask for them. */
export async function viewportTiles(
  db: Db,
  z: number,
  seed: number,
  dense: number,
  sparse: number,
): Promise<TileCoordinates[]> {
  const random = seededRandom(seed * 1000 + z);
  const centres = (
    await db.raw<{ rows: { lon: number; lat: number }[] }>(
      'SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM associations ORDER BY hashint4(id + ?) LIMIT ?',
      [Math.floor(random() * 1e6), dense],
    )
  ).rows;
  for (let i = 0; i < sparse; i += 1) {
    const [minLon, minLat, maxLon, maxLat] = SPARSE_BOXES[i % SPARSE_BOXES.length] ?? [0, 0, 0, 0];
    centres.push({ lon: minLon + random() * (maxLon - minLon), lat: minLat + random() * (maxLat - minLat) });
  }
  const unique = new Map(
    centres.flatMap(({ lon, lat }) => viewport(lon, lat, z)).map((tile) => [tilePath(tile), tile]),
  );
  return [...unique.values()];
}

/** The tile of zoom z holding the most associations (the grid functions place points as the tiles do). */
export async function densestTile(db: Db, z: number): Promise<TileCoordinates> {
  const result = await db.raw<{ rows: { x: number; y: number }[] }>(
    `SELECT tile_grid_column(ST_X(p), ?) >> 4 AS x, tile_grid_row(ST_Y(p), ?) >> 4 AS y
       FROM associations CROSS JOIN LATERAL ST_Transform(geom, 3857) AS p
      GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    [z, z],
  );
  const row = result.rows[0];
  if (!row) throw new Error('no association to find the densest tile of');
  return { z, x: row.x, y: row.y };
}
