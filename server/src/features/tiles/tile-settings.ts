// Tile serving settings from the environment, parsed once with zod: cache size, pool size and browser max-age.
import { z } from 'zod';

const tileSettingsSchema = z.object({
  /** Gzipped tiles kept in memory, in MiB; 0 turns the cache off (the benchmark measures both). */
  TILE_CACHE_MB: z.coerce.number().min(0).max(8192).default(64),
  /** Connections of the tile pool; tile queries are CPU-bound, so about the database's cores is enough. */
  TILE_POOL_SIZE: z.coerce.number().int().min(1).max(64).default(4),
  /** Seconds a browser or CDN may reuse a tile before asking again (an edit shows up at most this late). */
  TILE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(10),
});

export type TileSettings = Readonly<z.infer<typeof tileSettingsSchema>>;

export function loadTileSettings(env: NodeJS.ProcessEnv = process.env): TileSettings {
  const parsed = tileSettingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid tile settings:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
