// `npm run backup` and `npm run restore` from the shell: the demo registry, once edited, round-trips through a pg_dump
// archive into an empty database, and the app started on the copy answers as it did on the original.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { updateAssociation } from '../../server/src/features/associations/association-writes.service';
import { listHistory } from '../../server/src/features/audit/audit.queries';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { quoteIdentifier, withClient } from '../../server/src/provisioning/provision';
import { run } from '../../server/src/provisioning/run';
import { createRegistryDatabase } from '../support/registry-database';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { tileOf } from '../support/tile-math';

const REPO = path.resolve(__dirname, '../..');
const PASSWORD = 'a long enough password';
const COUNTED = ['associations', 'districts', 'villages', 'audit_log', 'users'] as const;

let source: Awaited<ReturnType<typeof createRegistryDatabase>>;
let target: ScratchDatabase;
let original: TestApp;
let restored: TestApp | undefined; // started by the first test
let dir: string;
let archive: string;
let editedId: number;

const command = (script: 'backup' | 'restore', databaseUrl: string, args: string[]) =>
  run(
    process.execPath,
    [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO, `scripts/${script}.ts`), ...args],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    },
  );

async function counts(app: TestApp): Promise<Record<string, number>> {
  const entries = await Promise.all(
    COUNTED.map(
      async (table) =>
        [table, Number((await app.db(table).count<{ count: number }[]>('* as count'))[0]?.count)] as const,
    ),
  );
  return Object.fromEntries(entries);
}

async function tileBytes(
  app: TestApp,
  z: number,
  lon: number,
  lat: number,
): Promise<{ status: number; bytes: Buffer }> {
  const { x, y } = tileOf(lon, lat, z);
  const response = await fetch(`${app.baseUrl}/tiles/associations/${z}/${x}/${y}.mvt`);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'civic-atlas-backup-'));
  archive = path.join(dir, 'atlas.dump');
  source = await createRegistryDatabase('civic_atlas_backup_source');
  target = await createScratchDatabase('civic_atlas_backup_target');
  // One audited edit, so the archive carries an account, an audit entry and a version past 1.
  const admin = await createUserAccount(source.db, {
    email: 'admin@atlas.test',
    password: PASSWORD,
    role: 'admin',
    governorates: [],
  });
  const edited = await source
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .orderBy('id')
    .first<{ id: number; version: number }>('id', 'version');
  editedId = edited.id;
  await updateAssociation(source.db, admin, editedId, { members: 4321 }, edited.version);
  original = await startTestApp(source.url);
}, 120_000);

afterAll(async () => {
  // beforeAll may have stopped part way: close and drop only what it made.
  await (original as TestApp | undefined)?.stop();
  await restored?.stop();
  await (source as typeof source | undefined)?.drop();
  await (target as ScratchDatabase | undefined)?.drop();
  await rm(dir, { recursive: true, force: true });
});

test('when the demo database is backed up and restored into an empty one, then the copy answers the same', async () => {
  expect(await command('backup', source.url, [archive])).toMatch(
    /^backed up civic_atlas_backup_source_\S+ to .*atlas\.dump: [\d.]+ MB, \d+ archive entries/,
  );
  expect((await stat(archive)).mode & 0o777).toBe(0o600); // personal data: the owner's alone
  expect(await command('restore', target.url, [archive])).toMatch(
    /^restored .*atlas\.dump into civic_atlas_backup_target_\S+: \d+ archive entries, extensions .*postgis/,
  );
  restored = await startTestApp(target.url);

  expect((await fetch(`${restored.baseUrl}/readyz`)).status).toBe(200); // every migration recorded as run
  const before = await counts(original);
  expect(before.audit_log).toBeGreaterThan(0);
  expect(before.associations).toBeGreaterThan(600);
  expect(await counts(restored)).toEqual(before);

  const [originalReply, restoredReply] = await Promise.all([
    fetch(`${original.baseUrl}/api/associations/${editedId}`),
    fetch(`${restored.baseUrl}/api/associations/${editedId}`),
  ]);
  type Profile = { members: number; location: { coordinates: [number, number] } };
  const originalProfile = (await originalReply.json()) as Profile;
  expect([originalReply.status, restoredReply.status]).toEqual([200, 200]);
  expect(await restoredReply.json()).toEqual(originalProfile);
  expect(originalProfile.members).toBe(4321);
  expect(restoredReply.headers.get('etag')).toBe(originalReply.headers.get('etag'));

  // The same tile from each app, byte for byte: clusters over Qena at zoom 9, the edited association itself at 14.
  const [lon, lat] = originalProfile.location.coordinates;
  for (const z of [9, 14]) {
    const [fromOriginal, fromRestored] = await Promise.all([
      tileBytes(original, z, lon, lat),
      tileBytes(restored, z, lon, lat),
    ]);
    expect(fromOriginal.status).toBe(200);
    expect(fromOriginal.bytes.length).toBeGreaterThan(100);
    expect(fromRestored.status).toBe(200);
    expect(fromRestored.bytes.equals(fromOriginal.bytes)).toBe(true);
  }

  // The audit trail came along whole: the edit's entry, who made it, and the profile before and after.
  const history = await listHistory(restored.db, 'association', editedId);
  expect(history).toEqual(await listHistory(original.db, 'association', editedId));
  expect(history).toMatchObject([
    {
      action: 'update',
      actorEmail: 'admin@atlas.test',
      before: { members: expect.any(Number) as unknown },
      after: { members: 4321 },
    },
  ]);

  // PostGIS types came back as PostGIS types, and sequences carry on past the restored ids.
  const geometry = await restored.db.raw<{ rows: { type: string; srid: number }[] }>(
    'SELECT pg_typeof(geom)::text AS type, ST_SRID(geom) AS srid FROM associations WHERE id = ?',
    [editedId],
  );
  expect(geometry.rows[0]).toEqual({ type: 'geometry', srid: 4326 });
  const next = await restored.db.raw<{ rows: { next: number; max: number }[] }>(
    "SELECT nextval('audit_log_id_seq')::int AS next, (SELECT max(id) FROM audit_log)::int AS max",
  );
  const [sequence] = next.rows;
  if (!sequence) throw new Error('The sequence query returned no row');
  expect(sequence.next).toBeGreaterThan(sequence.max);
}, 180_000);

test('when the target database already has tables, then restore refuses and names them', async () => {
  await expect(command('restore', source.url, [archive])).rejects.toThrow(
    /Refusing to restore: database "civic_atlas_backup_source_\S+" is not empty \(\d+ tables, views or sequences: .+\)/,
  );
  expect(await source.db('associations').where({ id: editedId }).first('members')).toEqual({ members: 4321 });
});

test('when the file is no archive or the source database is empty, then it says so and writes nothing', async () => {
  const empty = await createScratchDatabase('civic_atlas_backup_bad');
  try {
    await expect(command('restore', empty.url, [path.join(REPO, 'package.json')])).rejects.toThrow(
      /is not a pg_dump custom-format archive/,
    );
    const nothing = path.join(dir, 'nothing.dump');
    await expect(command('backup', empty.url, [nothing])).rejects.toThrow(/has no tables: nothing to back up/);
    await expect(stat(nothing)).rejects.toThrow(/ENOENT/);
  } finally {
    await empty.drop();
  }
});

test('when the app has its own role and a superuser made PostGIS first, then that role restores it', async () => {
  const owned = await createScratchDatabase('civic_atlas_backup_owned');
  const role = `civic_atlas_restorer_${process.pid}`;
  const password = randomBytes(12).toString('hex');
  const asSuperuser = (sql: string) => withClient(owned.url, (client) => client.query(sql));
  try {
    await asSuperuser(`CREATE ROLE ${quoteIdentifier(role)} LOGIN PASSWORD '${password}'`);
    await asSuperuser(`ALTER DATABASE ${quoteIdentifier(owned.name)} OWNER TO ${quoteIdentifier(role)}`);
    await asSuperuser('CREATE EXTENSION postgis'); // not trusted: the one step that needs a superuser
    const asRole = new URL(owned.url);
    asRole.username = role;
    asRole.password = password;
    expect(await command('restore', asRole.toString(), [archive])).toMatch(/^restored /);
    const check = await withClient(asRole.toString(), (client) =>
      client.query<{ owner: string; associations: number; srid: number }>(
        `SELECT tableowner AS owner, (SELECT count(*)::int FROM associations) AS associations,
                (SELECT ST_SRID(geom) FROM associations LIMIT 1) AS srid
           FROM pg_tables WHERE tablename = 'associations'`,
      ),
    );
    expect(check.rows[0]).toEqual({ owner: role, associations: (await counts(original)).associations, srid: 4326 });
  } finally {
    await owned.drop();
    await withClient(source.url, (client) => client.query(`DROP ROLE IF EXISTS ${quoteIdentifier(role)}`));
  }
});
