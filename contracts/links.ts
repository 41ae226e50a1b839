// GET /api/links: links between the associations that match the usual filters, as GeoJSON lines.
import { z } from 'zod';
import { associationFilterShape } from './association-filters';
import { LINK_KINDS } from './codes';
import { anyOf } from './query-params';

export const linksQuery = z.strictObject({ ...associationFilterShape, linkKind: anyOf(z.enum(LINK_KINDS)).optional() });

export const linkCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.number().int(),
      geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(z.tuple([z.number(), z.number()])) }),
      properties: z.object({ kind: z.enum(LINK_KINDS), fromId: z.number().int(), toId: z.number().int() }),
    }),
  ),
});
