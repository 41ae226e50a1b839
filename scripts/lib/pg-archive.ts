// Backups as pg_dump custom-format archives (-Fc), taken and restored with the tools of the server's own major
// version; a restore goes only into an empty database, in one transaction, with the extensions created first.
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import { withDefaultUser } from '../../server/src/db';
import { quoteIdentifier, withClient } from '../../server/src/provisioning/provision';
import { run } from '../../server/src/provisioning/run';

const POSTGRES_LIB = '/usr/lib/postgresql';
const TOOL_TIMEOUT_MS = 6 * 3600 * 1000;

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

/** The database a URL names, as PostgreSQL spells it. */
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

interface Target {
  url: string;
  database: string;
}

/** The libpq arguments for a URL, with the password passed in PGPASSWORD rather than on the command line. */
function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(withDefaultUser(url));
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { args: ['--dbname', parsed.toString()], env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** pg_dump and pg_restore of the server's major version: an older pg_dump cannot read a newer server. */
async function postgresTools(url: string): Promise<{ pgDump: string; pgRestore: string }> {
  const result = await withClient(url, (client) =>
    client.query<{ version: string }>("SELECT current_setting('server_version_num') AS version"),
  );
  const major = Math.floor(Number(result.rows[0]?.version) / 10000);
  const [pgDump, pgRestore] = ['pg_dump', 'pg_restore'].map((tool) => path.join(POSTGRES_LIB, String(major), 'bin', tool)) as [string, string];
  for (const binary of [pgDump, pgRestore]) {
    if (!existsSync(binary)) {
      throw new Error(`${binary} is missing: the server runs PostgreSQL ${major}; install its tools with: sudo apt-get install -y postgresql-client-${major}`);
    }
  }
  return { pgDump, pgRestore };
}

/** Writes the archive beside FILE first and renames it when complete, so FILE is never a half-written backup. */
export async function takeBackup(url: string, file: string): Promise<{ bytes: number; entries: number }> {
  const { pgDump, pgRestore } = await postgresTools(url);
  const partial = `${file}.partial`;
  const { args, env } = connection(url);
  try {
    await run(pgDump, ['--format=custom', '--file', partial, ...args], { env, timeoutMs: TOOL_TIMEOUT_MS });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const entries = (await archiveContents(pgRestore, file)).length;
  return { bytes: (await stat(file)).size, entries };
}

/** The archive's table of contents, one entry a line (comments dropped); fails when FILE is no custom archive. */
async function archiveContents(pgRestore: string, file: string): Promise<string[]> {
  const listing = await run(pgRestore, ['--list', file], { timeoutMs: 120_000 });
  return listing.split('\n').filter((line) => line.trim() !== '' && !line.startsWith(';'));
}

/** Entries such as `2; 3079 286565 EXTENSION - postgis ` name the archive's extensions. */
function extensionsOf(entries: string[]): string[] {
  return entries.flatMap((line) => /^\d+; \d+ \d+ EXTENSION - (\S+)/.exec(line)?.[1] ?? []);
}

/** Refuses a database with tables in it; restoring over data would mix two registries or fail half-way. */
async function assertEmpty(client: Client, target: Target): Promise<void> {
  const relations = (await client.query<{ name: string }>(USER_RELATIONS_SQL)).rows.map((row) => row.name);
  if (relations.length === 0) return;
  const shown = relations.slice(0, 5).join(', ') + (relations.length > 5 ? ', …' : '');
  throw new Error(
    `Refusing to restore: database "${target.database}" is not empty (${relations.length} tables, views or sequences: ${shown}). ` +
      'Restore into an empty database: create one (createdb NAME) and point DATABASE_URL at it, or drop this one first.',
  );
}

async function createExtensions(client: Client, names: string[], target: Target): Promise<void> {
  for (const name of names) {
    try {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${quoteIdentifier(name)} CASCADE`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot create the extension ${name} in "${target.database}" (${reason}); a superuser can: CREATE EXTENSION ${name};`);
    }
  }
}

/**
 * Restores FILE into the empty database at `url`: the archive's extensions are created first (so their types exist
 * before any column uses them), then every other entry in one transaction — a failure leaves the database empty.
 * Objects are owned by the restoring user; grants from the old server are not restored.
 */
export async function restoreBackup(url: string, file: string): Promise<{ entries: number; extensions: string[] }> {
  if (!existsSync(file)) throw new Error(`No such backup: ${file}`);
  const target: Target = { url, database: databaseName(url) };
  const { pgRestore } = await postgresTools(url);
  const entries = await archiveContents(pgRestore, file).catch((error: unknown) => {
    throw new Error(`${file} is not a pg_dump custom-format archive (${error instanceof Error ? error.message : String(error)})`);
  });
  const extensions = extensionsOf(entries);
  await withClient(url, async (client) => {
    await assertEmpty(client, target);
    await createExtensions(client, extensions, target);
  });
  // Everything but the extensions and their comments (a comment on an extension made by another role would fail).
  const rest = entries.filter((line) => !/ (EXTENSION -|COMMENT - EXTENSION) /.test(line));
  const listDir = await mkdtemp(path.join(tmpdir(), 'civic-atlas-restore-'));
  const listFile = path.join(listDir, 'entries.list');
  await writeFile(listFile, `${rest.join('\n')}\n`);
  const { args, env } = connection(url);
  try {
    await run(pgRestore, ['--use-list', listFile, '--single-transaction', '--no-owner', '--no-privileges', ...args, file], {
      env,
      timeoutMs: TOOL_TIMEOUT_MS,
    });
  } finally {
    await rm(listDir, { recursive: true, force: true });
  }
  // pg_restore leaves the planner without statistics until autovacuum comes round: gather them now.
  await withClient(url, (client) => client.query('ANALYZE'));
  return { entries: rest.length, extensions };
}
