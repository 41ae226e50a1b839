// Configuration: process.env parsed once with zod at start; a bad value stops the process with a clear message.
import { closeSync, openSync, readSync } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';

/** True when `file` can be read and starts as a PMTiles v3 archive does ("PMTiles", then version 3). */
function isPmtilesArchive(file: string): boolean {
  try {
    const descriptor = openSync(file, 'r');
    const head = Buffer.alloc(8);
    try {
      readSync(descriptor, head, 0, 8, 0);
    } finally {
      closeSync(descriptor);
    }
    return head.toString('latin1', 0, 7) === 'PMTiles' && head[7] === 3;
  } catch {
    return false;
  }
}

/** An address, a subnet (address/bits) or one of the names Express knows (loopback, linklocal, uniquelocal). */
function isProxyAddress(value: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(value)) return true;
  const [address = '', bits] = value.split('/');
  return isIP(address) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * The proxies in front whose X-Forwarded-For is believed: how many (1 behind one nginx) or their addresses and
   * subnets (loopback, 10.0.0.5, 10.0.0.0/8). Never "true", which would believe any address a client makes up.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('0')
    .refine(
      (value) => value.toLowerCase() !== 'true',
      'TRUST_PROXY=true would believe any X-Forwarded-For a client sends: ' +
        'give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback)',
    )
    .transform((value) => (value === '' || value.toLowerCase() === 'false' ? '0' : value))
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value.split(',').map((part) => part.trim())))
    .refine(
      (value) => typeof value === 'number' || value.every(isProxyAddress),
      'TRUST_PROXY must be a number of proxies or a comma-separated list of addresses or subnets',
    ),
  ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalText.pipe(z.string().min(10, 'ADMIN_PASSWORD needs at least 10 characters').optional()),
  /** A deployment's own OpenStreetMap extract (Protomaps basemap schema), drawn instead of the built-in ground. */
  BASEMAP_PMTILES: optionalText.pipe(
    z
      .string()
      .refine(isPmtilesArchive, 'BASEMAP_PMTILES must name a readable PMTiles v3 archive (docs/BASEMAP.md)')
      .optional(),
  ),
  LOCAL_PG_DIR: z.string().default('.data/postgres'),
  LOCAL_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(5433),
  /** The largest file POST /api/imports accepts, in MiB, counted as it streams; a zip may unpack to ten times this. */
  IMPORT_MAX_MB: z.coerce.number().min(0.01).max(4096).default(200),
  /** Imports (dry runs, commits, undos) the server runs at once; beyond it, and for a user's second one, 429. */
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Gzipped tiles kept in memory, in MiB; 0 turns the cache off (the benchmark measures both). */
  TILE_CACHE_MB: z.coerce.number().min(0).max(8192).default(64),
  /** Connections of the tile pool; tile queries are CPU-bound, so about the database's cores is enough. */
  TILE_POOL_SIZE: z.coerce.number().int().min(1).max(64).default(4),
  /** Seconds a browser or CDN may reuse a tile before asking again (an edit shows up at most this late). */
  TILE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(10),
  SKIP_CLIENT_BUILD: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** IMPORT_MAX_MB in bytes. */
export const importMaxBytes = (config: Pick<Config, 'IMPORT_MAX_MB'>): number =>
  Math.round(config.IMPORT_MAX_MB * 1024 ** 2);

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
