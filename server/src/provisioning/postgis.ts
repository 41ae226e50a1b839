// Makes sure the PostGIS and pg_trgm extension files are installed on the server we talk to.
import type { Client } from 'pg';
import { run } from './run';

async function isAvailable(client: Client, extension: string): Promise<boolean> {
  const result = await client.query('SELECT 1 FROM pg_available_extensions WHERE name = $1', [extension]);
  return (result.rowCount ?? 0) > 0;
}

async function serverMajorVersion(client: Client): Promise<number> {
  const result = await client.query<{ version: string }>("SELECT current_setting('server_version_num') AS version");
  return Math.floor(Number(result.rows[0]?.version) / 10000);
}

/** Installs postgresql-<major>-postgis-3 with apt-get when we may; otherwise stops with the exact command. */
export async function ensurePostgisAvailable(client: Client, log: (message: string) => void): Promise<void> {
  if (!(await isAvailable(client, 'pg_trgm'))) {
    throw new Error('The pg_trgm extension is missing from this PostgreSQL server; install postgresql-contrib.');
  }
  if (await isAvailable(client, 'postgis')) return;
  const major = await serverMajorVersion(client);
  const packageName = `postgresql-${major}-postgis-3`;
  const canInstall = process.getuid?.() === 0 && process.platform === 'linux';
  if (!canInstall) {
    throw new Error(
      `PostGIS is not installed on the database server. Install it with: sudo apt-get install -y ${packageName}`,
    );
  }
  log(`PostGIS is missing; installing ${packageName} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { timeoutMs: 600_000, env });
  await run('apt-get', ['install', '-y', '-qq', packageName], { timeoutMs: 900_000, env });
  if (!(await isAvailable(client, 'postgis'))) {
    throw new Error(
      `${packageName} was installed but the server does not list PostGIS; restart PostgreSQL and try again.`,
    );
  }
}
