// The {z}/{x}/{y} of a tile request: whole numbers, z at most 22, x and y inside the 2^z × 2^z grid of that zoom.
import { z } from 'zod';

const MAX_TILE_ZOOM = 22;

const wholeNumber = z
  .string()
  .regex(/^\d{1,8}$/, 'must be a whole number')
  .transform(Number);

export const tileCoordinates = z
  .object({
    z: wholeNumber.pipe(z.number().max(MAX_TILE_ZOOM, `must be at most ${MAX_TILE_ZOOM}`)),
    x: wholeNumber,
    y: wholeNumber,
  })
  .superRefine((tile, context) => {
    const size = 2 ** tile.z;
    for (const axis of ['x', 'y'] as const) {
      if (tile[axis] >= size) {
        context.addIssue({ code: 'custom', path: [axis], message: `must be below ${size} at zoom ${tile.z}` });
      }
    }
  });
export type TileCoordinates = z.infer<typeof tileCoordinates>;
