// Finds or makes the PostgreSQL + PostGIS database the app runs on, so `npm start` works on a fresh machine.
import { Client } from 'pg';
import { userInfo } from 'node:os';
import { withDefaultUser } from '../db';
import { ensurePostgisAvailable } from './postgis';
import { startLocalCluster } from './local-cluster';

export interface ProvisionOptions {
  databaseUrl?: string;
  databaseName: string;
  localClusterDir: string;
  localClusterPort: number;
  log: (message: string) => void;
}

/**
 * With a DATABASE_URL, uses it. Otherwise uses the PostgreSQL on localhost:5432 if one accepts us,
 * else a project-local cluster; creates `databaseName` there if missing. Returns the URL to use.
 */
export async function provisionDatabase(options: ProvisionOptions): Promise<string> {
  if (options.databaseUrl) {
    await withClient(options.databaseUrl, (client) => ensurePostgisAvailable(client, options.log));
    return options.databaseUrl;
  }
  const serverUrl = (await findLocalServer()) ?? (await startLocalClusterLogged(options));
  await withClient(serverUrl, async (client) => {
    await ensurePostgisAvailable(client, options.log);
    await createDatabaseIfMissing(client, options.databaseName, options.log);
  });
  return withDatabase(serverUrl, options.databaseName);
}

/** The same server, another database: `postgres://…/old` → `postgres://…/name`. */
export function withDatabase(url: string, databaseName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(databaseName)}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(
  client: Client,
  name: string,
  log: (message: string) => void,
): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if ((exists.rowCount ?? 0) > 0) return;
  log(`creating database ${name}`);
  await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function findLocalServer(): Promise<string | null> {
  const candidates = [
    `postgres://${encodeURIComponent(userInfo().username)}@localhost:5432/postgres`,
    'postgres://postgres@localhost:5432/postgres',
  ];
  for (const url of candidates) {
    try {
      await withClient(url, (client) => client.query('SELECT 1'));
      return url;
    } catch {
      // Not this one: try the next candidate, then a local cluster.
    }
  }
  return null;
}

async function startLocalClusterLogged(options: ProvisionOptions): Promise<string> {
  options.log(`no PostgreSQL on localhost:5432; starting a local cluster in ${options.localClusterDir}`);
  return startLocalCluster(options.localClusterDir, options.localClusterPort);
}
