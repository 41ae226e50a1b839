// Starts the app for the tile benchmark in a process of its own, so that the load generator does not share its
// event loop; waits until it listens and follows data versions (its tile cache works from then on).
import { fork } from 'node:child_process';
import path from 'node:path';
import type { Db } from '../../server/src/db';

export interface AppProcess {
  baseUrl: string;
  /** The app's process id, to read its memory. */
  pid: number;
  stop: () => Promise<void>;
}

const LISTENERS = `SELECT count(*)::int AS n FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name = 'civic-atlas-tiles-listener'
                      AND query LIKE 'LISTEN %'`;

export async function startAppProcess(databaseUrl: string, db: Db, env: Record<string, string>): Promise<AppProcess> {
  const listenersBefore = (await db.raw<{ rows: { n: number }[] }>(LISTENERS)).rows[0]?.n ?? 0;
  const child = fork(path.join(__dirname, 'serve-app.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url?: string; error?: string }) =>
      message.url ? resolve(message.url) : reject(new Error(message.error ?? 'the app did not start')),
    );
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}`)));
  });
  for (let tries = 0; tries < 100; tries += 1) {
    if (((await db.raw<{ rows: { n: number }[] }>(LISTENERS)).rows[0]?.n ?? 0) > listenersBefore) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { baseUrl, pid: child.pid ?? 0, stop };
}
