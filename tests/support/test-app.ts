// Starts the real app in-process on an ephemeral port against the shared test database.
import { loadConfig } from '../../server/src/config';
import { createDb, type Db } from '../../server/src/db';
import { createLogger } from '../../server/src/logger';
import { startServer } from '../../server/src/server';
import type { DestinationStream } from 'pino';
import { SHARED_DATABASE_ENV } from './global-setup';

export interface TestApp {
  baseUrl: string;
  db: Db;
  stop: () => Promise<void>;
}

export interface TestAppOptions {
  /** Where log lines go; without it nothing is logged. */
  logTo?: DestinationStream;
  /** Settings besides the test defaults, as the environment would give them (e.g. BASEMAP_PMTILES). */
  env?: Record<string, string>;
}

export async function startTestApp(
  databaseUrl = process.env[SHARED_DATABASE_ENV],
  options: TestAppOptions = {},
): Promise<TestApp> {
  if (!databaseUrl) throw new Error(`${SHARED_DATABASE_ENV} is not set: run the tests through jest's global setup`);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...options.env });
  const db = createDb(databaseUrl, 4);
  const logger = options.logTo ? createLogger('debug', 'civic-atlas-test', options.logTo) : createLogger('silent');
  const running = await startServer({ config, db, logger }, 0, '127.0.0.1');
  return { baseUrl: running.url, db, stop: running.stop };
}
