// Retention on a schedule: stale auth rows purged at start and then every hour, by a timer that never keeps the
// process alive and is cleared when the server stops (after any purge under way has finished with the pool).
import type { Db } from '../../db';
import type { Logger } from '../../logger';
import { purgeStaleAuthRows } from './retention.queries';

export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export interface Retention {
  stop: () => Promise<void>;
}

/** Purges once now (awaited; a failure is logged, not thrown), then every `intervalMs`. */
export async function startRetention(db: Db, logger: Logger, intervalMs = RETENTION_INTERVAL_MS): Promise<Retention> {
  let running: Promise<void> = Promise.resolve();
  const purge = () => {
    running = purgeStaleAuthRows(db).then(
      (purged) => {
        if (purged.sessions + purged.loginAttempts + purged.devices > 0)
          logger.info({ purged }, 'purged expired sessions and old login attempts');
      },
      (error: unknown) => logger.warn({ err: error }, 'retention purge failed; trying again at the next interval'),
    );
    return running;
  };
  await purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
