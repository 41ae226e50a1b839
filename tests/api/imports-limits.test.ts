// Imports bounded end to end: one at a time per user and IMPORT_CONCURRENCY in all (429 with Retry-After beyond),
// a file over IMPORT_MAX_MB cut off while it streams and nothing of it left on disk, and what an interrupted import
// leaves (a folder of a dead process, a staging table no dry run waits on, a commit that never ended) cleared at start.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QENA_CITY, startImportWorld, type ImportWorld } from '../support/fixtures/import-world';
import { csv } from '../support/fixtures/gdal-fixtures';
import { holdUpload } from '../support/fixtures/held-upload';
import { startTestApp } from '../support/test-app';
import type { ImportResult } from '../../contracts/imports';

let world: ImportWorld;
beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_limits', { IMPORT_MAX_MB: '1', IMPORT_CONCURRENCY: '1' });
});
afterAll(() => world.stop());

/** This process's import folders in the temp dir. */
const ownWorkspaces = async () =>
  (await readdir(tmpdir())).filter((name) => name.startsWith(`civic-atlas-import-${process.pid}-`));

test('when a user has an import running, then their second is 429; when all slots are taken, anyone’s is', async () => {
  const slow = holdUpload(world.baseUrl, world.as.gisQena.authHeaders());
  await new Promise((resolve) => setTimeout(resolve, 300)); // the server is now receiving it
  const file = {
    name: 'quick.csv',
    data: Buffer.from(csv(['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'], [['Q-1', 'جمعية', 'civil', ...QENA_CITY]])),
  };
  const second = await world.as.gisQena.upload(file);
  expect(second.status).toBe(429);
  expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await world.as.gisLuxor.upload(file)).status).toBe(429); // IMPORT_CONCURRENCY=1
  expect((await slow.finish()).status).toBe(201);
  expect((await world.as.gisLuxor.upload(file)).status).toBe(201); // the slot is free again
});

test('when a file is over IMPORT_MAX_MB, then it is refused as it streams, and none of it stays on disk', async () => {
  const reply = await world.as.gisQena.upload<{ detail: string }>({
    name: 'big.csv',
    data: Buffer.alloc(3 * 1024 * 1024, 65),
  });
  expect(reply.status).toBe(413);
  expect(reply.body.detail).toMatch(/IMPORT_MAX_MB/);
  expect(await ownWorkspaces()).toEqual([]);
});

test('when the server starts, then what dead imports left is cleared and an unfinished commit is failed', async () => {
  const dead = spawnSync(process.execPath, ['-e', '0']).pid; // a process id nobody holds any more
  const abandoned = path.join(tmpdir(), `civic-atlas-import-${dead}-test`);
  await mkdir(abandoned);
  await writeFile(path.join(abandoned, 'upload.csv'), 'left behind');
  await world.db.raw('CREATE TABLE import_staging.import_987654 (import_row int)');
  const file = {
    name: 'cut.csv',
    data: Buffer.from(csv(['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'], [['CUT-1', 'جمعية', 'civil', ...QENA_CITY]])),
  };
  const cut = (await world.as.gisQena.upload<ImportResult>(file)).body;
  // As a killed commit leaves it:
  await world.db('imports').where({ id: cut.id }).update({ commit_started_at: world.db.fn.now() });
  const waiting = (await world.as.gisQena.upload<ImportResult>({ ...file, name: 'waiting.csv' })).body;

  const restarted = await startTestApp(world.url);
  try {
    expect((await readdir(tmpdir())).includes(path.basename(abandoned))).toBe(false);
    const staging = await world.db.raw<{ rows: { name: string }[] }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'import_staging'`,
    );
    const names = staging.rows.map((row) => row.name);
    expect(names).not.toContain('import_987654');
    expect(names).not.toContain(`import_${cut.id}`);
    expect(names).toContain(`import_${waiting.id}`); // a dry run waiting for its commit keeps its table
    expect(await world.db('imports').where({ id: cut.id }).first('status')).toEqual({ status: 'failed' });
    expect(await world.db('associations').where({ registration_no: 'CUT-1' }).first('id')).toBeUndefined();
  } finally {
    await restarted.stop();
  }
});
