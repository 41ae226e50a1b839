// Backups as pg_dump custom-format archives (-Fc), taken with the tools of the server's own major version (restored by
// pg-restore.ts), and what both need: those tools, libpq arguments for a URL, an archive's table of contents.
import { existsSync } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from 'pg';
import { withDefaultUser } from '../../server/src/db';
import { withClient } from '../../server/src/provisioning/provision';
import { run } from '../../server/src/provisioning/run';

const POSTGRES_LIB = '/usr/lib/postgresql';
export const TOOL_TIMEOUT_MS = 6 * 3600 * 1000;

// Tables, views and sequences outside PostgreSQL's own schemas that no extension owns (PostGIS's spatial_ref_sys is
// one an extension owns, so a database where an administrator created PostGIS beforehand still counts as empty).
const USER_RELATIONS_SQL = `
  SELECT n.nspname || '.' || c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     AND n.nspname NOT LIKE 'pg_temp%'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
   ORDER BY 1`;

/** The database's own tables, views and sequences, schema-qualified: none in an empty database. */
export async function userRelations(client: Client): Promise<string[]> {
  return (await client.query<{ name: string }>(USER_RELATIONS_SQL)).rows.map((row) => row.name);
}

/** The database a URL names, as PostgreSQL spells it. */
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** The libpq arguments for a URL, with the password passed in PGPASSWORD rather than on the command line. */
export function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(withDefaultUser(url));
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    args: ['--dbname', parsed.toString()],
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

/** pg_dump and pg_restore of the server's major version: an older pg_dump cannot read a newer server. */
export async function postgresTools(url: string): Promise<{ pgDump: string; pgRestore: string }> {
  const result = await withClient(url, (client) =>
    client.query<{ version: string }>("SELECT current_setting('server_version_num') AS version"),
  );
  const major = Math.floor(Number(result.rows[0]?.version) / 10000);
  const [pgDump, pgRestore] = ['pg_dump', 'pg_restore'].map((tool) =>
    path.join(POSTGRES_LIB, String(major), 'bin', tool),
  ) as [string, string];
  for (const binary of [pgDump, pgRestore]) {
    if (!existsSync(binary)) {
      throw new Error(
        `${binary} is missing: the server runs PostgreSQL ${major}; ` +
          `install its tools with: sudo apt-get install -y postgresql-client-${major}`,
      );
    }
  }
  return { pgDump, pgRestore };
}

/** Writes the archive beside FILE first and renames it when complete, so FILE is never a half-written backup. */
export async function takeBackup(url: string, file: string): Promise<{ bytes: number; entries: number }> {
  const { pgDump, pgRestore } = await postgresTools(url);
  // A nightly backup of the wrong, empty database would look like success until the day it is needed.
  if ((await withClient(url, userRelations)).length === 0) {
    throw new Error(
      `Database "${databaseName(url)}" has no tables: nothing to back up (is DATABASE_URL the app's database?)`,
    );
  }
  const partial = `${file}.partial`;
  const { args, env } = connection(url);
  try {
    await run(pgDump, ['--format=custom', '--file', partial, ...args], { env, timeoutMs: TOOL_TIMEOUT_MS });
    await chmod(partial, 0o600); // contacts, password hashes: for the owner's eyes only, whatever the umask
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const entries = (await archiveContents(pgRestore, file)).length;
  return { bytes: (await stat(file)).size, entries };
}

/** The archive's table of contents, one entry a line (comments dropped); fails when FILE is no custom archive. */
export async function archiveContents(pgRestore: string, file: string): Promise<string[]> {
  const listing = await run(pgRestore, ['--list', file], { timeoutMs: 120_000 });
  return listing.split('\n').filter((line) => line.trim() !== '' && !line.startsWith(';'));
}
