// The schema as one readable file (db/schema.sql): pg_dump --schema-only of a migrated database, with what changes
// from one dump to the next (versions, SET lines, pg_dump's random \restrict keys, blank-line runs) taken out.
// `npm run schema:dump` writes it; tests/api/schema-snapshot.test.ts compares a fresh dump with it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { withDefaultUser } from '../../server/src/db';
import { withClient } from '../../server/src/provisioning/provision';
import { run } from '../../server/src/provisioning/run';

export const SCHEMA_FILE = path.resolve(__dirname, '../../db/schema.sql');

/** What the file opens with: where it comes from and how to rewrite it. */
const HEADER =
  '-- The schema a fresh database migrates to (pg_dump --schema-only --no-owner --no-privileges, normalised).\n' +
  '-- Generated: do not edit. After a change to migrations/, run `npm run schema:dump` and commit the diff.\n';

/** Lines that differ between two dumps of the same schema. */
const VOLATILE_LINES = [
  /^-- Dumped (from database|by pg_dump) version /,
  /^SET /,
  /^SELECT pg_catalog\.set_config\(/,
  // pg_dump ≥ 15.14 brackets its output with a random key (CVE-2025-8714).
  /^\\(un)?restrict /,
];

/** The dump without its volatile lines, blank-line runs folded to one, and the header above. */
export function normaliseSchemaDump(dump: string): string {
  const kept = dump.split('\n').filter((line) => !VOLATILE_LINES.some((pattern) => pattern.test(line)));
  const folded = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${HEADER}\n${folded}\n`;
}

/** pg_dump of the server's own major version: an older one refuses a newer server, a newer one writes other SQL. */
async function pgDumpFor(databaseUrl: string): Promise<string> {
  const versionNum = await withClient(databaseUrl, async (client) => {
    const result = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Number(result.rows[0]?.v);
  });
  const major = Math.floor(versionNum / 10000);
  const binary = `/usr/lib/postgresql/${major}/bin/pg_dump`;
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: install postgresql-client-${major} to dump a PostgreSQL ${major} schema`);
  }
  return binary;
}

/** The normalised schema-only dump of the database at `databaseUrl`. */
export async function dumpSchema(databaseUrl: string): Promise<string> {
  const pgDump = await pgDumpFor(databaseUrl);
  const dump = await run(pgDump, [
    '--schema-only',
    '--no-owner',
    '--no-privileges',
    '--dbname',
    withDefaultUser(databaseUrl),
  ]);
  return normaliseSchemaDump(dump);
}
