// Zod schemas that validate the GeoJSON geometry read from the raw sources (2D, Point/Polygon/MultiPolygon).
import { z } from 'zod';
import type { Geometry, Position } from './types';

const position = z
  .array(z.number())
  .min(2)
  .transform((p): Position => [p[0] as number, p[1] as number]);
const ring = z.array(position).min(4);

export const geometrySchema: z.ZodType<Geometry> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
