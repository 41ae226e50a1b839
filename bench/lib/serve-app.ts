// Child process of the tile benchmark: the real app on an ephemeral port against DATABASE_URL, silent, its URL
// sent to the parent once listening; SIGTERM stops it. TILE_CACHE_MB and the other tile settings come from the
// environment.
import { loadConfig } from '../../server/src/config';
import { createDb } from '../../server/src/db';
import { createLogger } from '../../server/src/logger';
import { handleProcessSignals, startServer } from '../../server/src/server';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL must name the benchmark database');
  const logger = createLogger('silent');
  const deps = {
    config,
    db: createDb(config.DATABASE_URL, config.DATABASE_POOL_MAX),
    logger,
    clientDir: '/nonexistent',
  };
  const running = await startServer(deps, 0, '127.0.0.1');
  handleProcessSignals(running, deps);
  process.send?.({ url: running.url });
}

main().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
