// `npm start`: provision and migrate the database, fill it if empty, create the first admin, bring the stats cells
// up to date, build the client, serve on PORT.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createLogger } from '../server/src/logger';
import { handleProcessSignals, startServer } from '../server/src/server';
import { DEFAULT_CLIENT_DIR } from '../server/src/app';
import { refreshStatsCells } from '../server/src/features/stats/stats-cells.queries';
import { fillEmptyDatabase } from './lib/fill-empty-database';
import { ensureFirstAdmin } from './lib/ensure-first-admin';
import { openDatabase, runMain } from './lib/open-database';

const CLIENT_ROOT = path.resolve(__dirname, '../client');

async function buildClient(skipWhenBuilt: boolean, log: (message: string) => void): Promise<void> {
  if (!existsSync(path.join(CLIENT_ROOT, 'index.html'))) return;
  if (skipWhenBuilt && existsSync(DEFAULT_CLIENT_DIR)) return;
  log('building the client');
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

runMain(async () => {
  const bootLogger = createLogger(process.env.LOG_LEVEL ?? 'info', 'civic-atlas-start');
  const log = (message: string) => bootLogger.info(message);
  const { config, db } = await openDatabase(log, { migrate: true });
  const logger = createLogger(config.LOG_LEVEL);
  await fillEmptyDatabase(db, log);
  await ensureFirstAdmin(db, config, log);
  // After a migration or a bulk load many districts are marked: recomputed here rather than by the first reader.
  await refreshStatsCells(db);
  await buildClient(config.SKIP_CLIENT_BUILD, log);
  const running = await startServer({ config, db, logger });
  handleProcessSignals(running, { logger });
  logger.info(`Civic Atlas is serving on ${running.url}`);
});
