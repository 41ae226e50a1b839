// An import killed with kill -9 in the middle of its commit leaves the registry exactly as it was (the commit is one
// transaction, rolled back when its connection dies), and the next start marks the import failed.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csv, fixtureDir, type FixtureDir } from '../support/fixtures/gdal-fixtures';
import { QENA_CITY } from '../support/fixtures/import-world';
import { createRegistryDatabase } from '../support/registry-database';
import { startTestApp } from '../support/test-app';

const REPO = path.resolve(__dirname, '../..');
const ROWS = 20_000;
let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;
let files: FixtureDir;

beforeAll(async () => {
  scratch = await createRegistryDatabase('civic_atlas_imports_kill');
  files = await fixtureDir();
});
afterAll(async () => {
  await files.remove();
  await scratch.drop();
});

/** What a commit would change: the live associations with their versions, and the audit log's length. */
async function registry() {
  const rows = await scratch.db.raw<{ rows: { state: string; audit: number }[] }>(
    `SELECT (SELECT md5(string_agg(id || ':' || version, ',' ORDER BY id)) FROM associations) AS state,
            (SELECT count(*)::int FROM audit_log) AS audit`,
  );
  return rows.rows[0];
}

/** Polls `check` every 50 ms for at most `ms`. */
async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const backendsWriting = async () =>
  (
    await scratch.db.raw<{ rows: unknown[] }>(
      `SELECT 1 FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND query ILIKE '%INSERT INTO associations%' AND state = 'active'`,
    )
  ).rows.length > 0;

test('when the commit is killed half-way, then none of it is written and the next start marks it failed', async () => {
  const file = path.join(files.dir, 'many.csv');
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `KILL-${i}`,
    `جمعية رقم ${i}`,
    'civil',
    QENA_CITY[0] + ((i % 100) - 50) * 0.0002,
    QENA_CITY[1] + ((Math.floor(i / 100) % 100) - 50) * 0.0002,
  ]);
  await writeFile(file, csv(['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'], rows));
  const before = await registry();

  // tsx as a loader in this one process: its CLI would run the script in a child that a kill of the parent misses.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts/import.ts'), file, '--commit'], {
    cwd: REPO,
    env: { ...process.env, DATABASE_URL: scratch.url, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  try {
    expect(await until(backendsWriting, 90_000)).toBe(true); // the commit's INSERT is running
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
  } finally {
    child.kill('SIGKILL');
  }
  // PostgreSQL notices the dead connection when the statement ends, and rolls the transaction back.
  expect(await until(async () => !(await backendsWriting()), 60_000)).toBe(true);
  expect(await registry()).toEqual(before);
  const cut = await scratch
    .db('imports')
    .orderBy('id', 'desc')
    .first<{ id: number; status: string; commit_started_at: Date | null }>('id', 'status', 'commit_started_at');
  expect(cut.status).toBe('validated');
  expect(cut.commit_started_at).not.toBeNull();

  const restarted = await startTestApp(scratch.url);
  try {
    expect(await scratch.db('imports').where({ id: cut.id }).first('status')).toEqual({ status: 'failed' });
    expect(await registry()).toEqual(before);
  } finally {
    await restarted.stop();
  }
}, 180_000);
