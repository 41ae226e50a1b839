// A pg pool of the tiles' own: warm connections started with the tile session settings, so a burst of tiles
// neither waits for new connections (20–40 ms each) nor takes the connections the rest of the API needs.
import { Pool, type PoolConfig } from 'pg';
import type { Logger } from '../../logger';

/** Startup options of every tile connection (no extra round trip, no window without them). */
const TILE_SESSION_OPTIONS = [
  // A tile query is over in milliseconds; compiling it with JIT costs more than it could save.
  '-c jit=off',
  // Parallel workers start slower than a small tile runs; the concurrency comes from many tile requests.
  '-c max_parallel_workers_per_gather=0',
  // A tile that takes this long helps nobody: the error middleware answers 503.
  '-c statement_timeout=10s',
].join(' ');

export function createTilePool(connection: PoolConfig, size: number, logger: Logger): Pool {
  const pool = new Pool({
    ...connection,
    application_name: 'civic-atlas-tiles',
    options: TILE_SESSION_OPTIONS,
    max: size,
    min: size,
    idleTimeoutMillis: 60_000,
    // Named prepared statements pile up per connection (one per filter shape): renew connections now and then.
    maxLifetimeSeconds: 900,
    allowExitOnIdle: true,
  });
  pool.on('error', (error) => logger.warn({ err: error }, 'an idle tile connection failed'));
  warm(pool, size).catch((error: unknown) =>
    logger.warn({ err: error }, 'could not open the tile connections in advance'),
  );
  return pool;
}

/** Opens `size` connections now rather than on the first tiles. */
async function warm(pool: Pool, size: number): Promise<void> {
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  for (const client of clients) client.release();
}
