// Listens and stops: startServer() purges stale auth rows, schedules retention and serves the app; stopServer()
// drains connections, stops retention and closes the pool.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener, type AppDeps } from './app';
import { startRetention, type Retention } from './features/auth/retention';

export interface RunningServer {
  server: Server;
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(deps: AppDeps, port = deps.config.PORT, host = deps.config.HOST): Promise<RunningServer> {
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

/** SIGTERM and SIGINT stop the server gracefully; an unhandled rejection is logged and ends the process. */
export function handleProcessSignals(running: RunningServer, deps: Pick<AppDeps, 'logger'>): void {
  const shutdown = (signal: string) => {
    deps.logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        deps.logger.error({ err: error }, 'shutdown failed');
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
