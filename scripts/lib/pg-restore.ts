// Restores a `npm run backup` archive into an empty database: the archive's extensions first (so PostGIS's types
// exist before a column uses them), then everything else in one transaction, so a failure leaves it empty.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import { quoteIdentifier, withClient } from '../../server/src/provisioning/provision';
import { run } from '../../server/src/provisioning/run';
import { archiveContents, connection, databaseName, postgresTools, TOOL_TIMEOUT_MS, userRelations } from './pg-archive';

// Extension tables (spatial_ref_sys) the restoring user may not write: their archived rows need a superuser.
const UNWRITABLE_EXTENSION_TABLES_SQL = `
  SELECT n.nspname || '.' || c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
   WHERE c.relkind = 'r' AND NOT has_table_privilege(c.oid, 'INSERT')`;

/** `2; 3079 286565 EXTENSION - postgis ` and `5114; 0 0 COMMENT - EXTENSION postgis `. */
const EXTENSION_ENTRY = /^\d+; \d+ \d+ EXTENSION - (\S+)/;
const EXTENSION_COMMENT_ENTRY = / COMMENT - EXTENSION /;
/** `4665; 0 286878 TABLE DATA public spatial_ref_sys root`. */
const TABLE_DATA_ENTRY = /^\d+; \d+ \d+ TABLE DATA (\S+) (\S+) /;

/** Refuses a database with tables in it: restoring over data would mix two registries or fail half-way. */
async function assertEmpty(client: Client, database: string): Promise<void> {
  const relations = await userRelations(client);
  if (relations.length === 0) return;
  const shown = relations.slice(0, 5).join(', ') + (relations.length > 5 ? ', …' : '');
  throw new Error(
    `Refusing to restore: database "${database}" is not empty ` +
      `(${relations.length} tables, views or sequences: ${shown}). ` +
      'Restore into an empty database: create one (createdb NAME) and point DATABASE_URL at it, ' +
      'or drop this one first.',
  );
}

/** Creates the extensions (a no-op for those a superuser made beforehand); returns the tables we may not write. */
async function prepareExtensions(client: Client, names: string[], database: string): Promise<Set<string>> {
  for (const name of names) {
    try {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${quoteIdentifier(name)} CASCADE`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Cannot create the extension ${name} in "${database}" (${reason}); a superuser can: CREATE EXTENSION ${name};`,
        { cause: error },
      );
    }
  }
  return new Set((await client.query<{ name: string }>(UNWRITABLE_EXTENSION_TABLES_SQL)).rows.map((row) => row.name));
}

/** How many rows an archive's TABLE DATA entry holds (the lines of its COPY block). */
async function rowsOf(pgRestore: string, file: string, entry: string, dir: string): Promise<number> {
  const listFile = path.join(dir, 'one-entry.list');
  await writeFile(listFile, `${entry}\n`);
  const sql = await run(pgRestore, ['--use-list', listFile, '--file', '-', file], { timeoutMs: 120_000 });
  const copy = sql.slice(sql.indexOf(' FROM stdin;\n') + ' FROM stdin;\n'.length);
  return copy.slice(0, copy.indexOf('\\.\n')).split('\n').filter(Boolean).length;
}

/**
 * The entries pg_restore runs: not the extensions or their comments (made already; a comment on an extension
 * another role made would fail), nor an extension table's data we may not write when it is empty (the usual case:
 * PostGIS dumps only SRIDs added by hand); refused with a clear message when it is not.
 */
async function entriesToRestore(
  pgRestore: string,
  file: string,
  entries: string[],
  unwritable: Set<string>,
  dir: string,
): Promise<string[]> {
  const kept: string[] = [];
  for (const entry of entries) {
    if (EXTENSION_ENTRY.test(entry) || EXTENSION_COMMENT_ENTRY.test(entry)) continue;
    const data = TABLE_DATA_ENTRY.exec(entry);
    const table = data ? `${data[1]}.${data[2]}` : null;
    if (table && unwritable.has(table)) {
      const rows = await rowsOf(pgRestore, file, entry, dir);
      if (rows === 0) continue;
      throw new Error(
        `The archive holds ${rows} rows of ${table}, which only a superuser may write: ` +
          'run the restore as one, or ask one to.',
      );
    }
    kept.push(entry);
  }
  return kept;
}

/** Restores FILE into the empty database at `url`. Objects are owned by the restoring user; old grants are dropped. */
export async function restoreBackup(url: string, file: string): Promise<{ entries: number; extensions: string[] }> {
  if (!existsSync(file)) throw new Error(`No such backup: ${file}`);
  const database = databaseName(url);
  const { pgRestore } = await postgresTools(url);
  const entries = await archiveContents(pgRestore, file).catch((error: unknown) => {
    throw new Error(
      `${file} is not a pg_dump custom-format archive (${error instanceof Error ? error.message : String(error)})`,
    );
  });
  const extensions = entries.flatMap((entry) => EXTENSION_ENTRY.exec(entry)?.[1] ?? []);
  const unwritable = await withClient(url, async (client) => {
    await assertEmpty(client, database);
    return prepareExtensions(client, extensions, database);
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'civic-atlas-restore-'));
  const { args, env } = connection(url);
  try {
    const restored = await entriesToRestore(pgRestore, file, entries, unwritable, dir);
    const listFile = path.join(dir, 'entries.list');
    await writeFile(listFile, `${restored.join('\n')}\n`);
    await run(
      pgRestore,
      ['--use-list', listFile, '--single-transaction', '--no-owner', '--no-privileges', ...args, file],
      {
        env,
        timeoutMs: TOOL_TIMEOUT_MS,
      },
    );
    // pg_restore leaves the planner without statistics until autovacuum comes round: gather them now.
    await withClient(url, (client) => client.query('ANALYZE'));
    return { entries: restored.length, extensions };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
