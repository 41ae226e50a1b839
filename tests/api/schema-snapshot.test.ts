// db/schema.sql is the schema a fresh database migrates to: a migration that changes the schema changes the file in
// the same commit (`npm run schema:dump`), so every schema change is reviewed as one readable diff.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dumpSchema, normaliseSchemaDump, SCHEMA_FILE } from '../../scripts/lib/schema-dump';
import { createMigratedDatabase } from '../support/scratch-database';

/** `diff -u` of the committed file and a fresh dump, for the failure message. */
async function unifiedDiff(migrated: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'schema-'));
  try {
    await writeFile(path.join(dir, 'migrated.sql'), migrated);
    const result = spawnSync('diff', ['-u', SCHEMA_FILE, path.join(dir, 'migrated.sql')], { encoding: 'utf8' });
    return result.stdout || `(no diff: ${result.error?.message ?? result.stderr})`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('when a fresh database is migrated, then its schema is exactly db/schema.sql', async () => {
  const scratch = await createMigratedDatabase('civic_atlas_schema');
  let migrated: string;
  try {
    migrated = await dumpSchema(scratch.url);
  } finally {
    await scratch.drop();
  }
  const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (migrated !== committed) {
    const diff = await unifiedDiff(migrated);
    throw new Error(
      'The migrated schema differs from db/schema.sql. If the change is meant, run `npm run schema:dump` ' +
        `and commit db/schema.sql with the migration.\n\n${diff.split('\n').slice(0, 200).join('\n')}`,
    );
  }
});

test('when two dumps differ only in versions, settings and restrict keys, then they normalise to the same text', () => {
  const dump = (version: string, key: string) => `--
-- PostgreSQL database dump
--

\\restrict ${key}

-- Dumped from database version ${version}
-- Dumped by pg_dump version ${version}

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);



CREATE TABLE public.t (id integer);

\\unrestrict ${key}
`;
  const normalised = normaliseSchemaDump(dump('15.20', 'abc'));
  expect(normaliseSchemaDump(dump('15.21', 'xyz'))).toBe(normalised);
  expect(normalised).toContain('CREATE TABLE public.t (id integer);');
  expect(normalised).not.toMatch(/Dumped|^SET|set_config|restrict|\n\n\n/m);
});
