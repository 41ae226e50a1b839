// Listens and stops: startServer() clears what interrupted imports left, purges stale auth rows, schedules retention
// and serves the app; stopServer() drains connections, stops retention and closes the pool.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener, type AppDeps } from './app';
import { startRetention, type Retention } from './features/auth/retention';
import { sweepInterruptedImports } from './features/imports/interrupted-imports';
import { removeOwnWorkspacesSync } from './features/imports/read/import-workspace';

export interface RunningServer {
  server: Server;
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(
  deps: AppDeps,
  port = deps.config.PORT,
  host = deps.config.HOST,
): Promise<RunningServer> {
  await sweepInterruptedImports(deps.db, deps.logger);
  const server = createServer(createRequestListener(deps));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost}:${address.port}`;
  const retention = await startRetention(deps.db, deps.logger);
  return { server, url, stop: () => stopServer(server, deps, retention) };
}

export async function stopServer(server: Server, deps: Pick<AppDeps, 'db'>, retention?: Retention): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await retention?.stop();
  await deps.db.destroy();
}

/** How long requests in flight (an import's dry run, a commit) may take to finish once a stop is asked for. */
export const SHUTDOWN_GRACE_MS = 60_000;

/**
 * SIGTERM and SIGINT stop the server gracefully: no new connections, requests in flight finish (within the grace
 * period), then the pools close. Past the grace the process ends anyway, removing its import folders first (their
 * staging tables are swept at the next start). An unhandled rejection is logged and ends the process the same way.
 */
export function handleProcessSignals(
  running: RunningServer,
  deps: Pick<AppDeps, 'logger'>,
  graceMs = SHUTDOWN_GRACE_MS,
): void {
  const shutdown = (signal: string) => {
    deps.logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      deps.logger.error({ graceMs }, 'requests were still running at the end of the grace period; stopping anyway');
      removeOwnWorkspacesSync();
      process.exit(1);
    }, graceMs);
    forced.unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        deps.logger.error({ err: error }, 'shutdown failed');
        removeOwnWorkspacesSync();
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    deps.logger.fatal({ err: reason }, 'unhandled promise rejection');
    shutdown('unhandledRejection');
  });
}
