// The consistency check against the triggers: after the demo load, 1,000 random edits (SQL and the API), an import
// and its undo, every piece of derived state equals its recomputation from the base tables; derived state altered
// behind the triggers' back is reported, by the command too (exit code 1), and db:rebuild puts it right.
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Knex } from 'knex';
import type { ImportResult } from '../../contracts/imports';
import {
  checkConsistency,
  type ConsistencyReport,
} from '../../server/src/features/consistency/consistency-check.queries';
import { formatReport } from '../../server/src/features/consistency/consistency-report';
import { rebuildDerivedState } from '../../server/src/features/consistency/consistency-rebuild.queries';
import { refreshStatsCells } from '../../server/src/features/stats/stats-cells.queries';
import { csv } from '../support/fixtures/gdal-fixtures';
import { LUXOR, PASSWORD, QENA_CITY, QUS, startImportWorld, type ImportWorld } from '../support/fixtures/import-world';
import { SessionClient } from '../support/session-client';

const REPO = path.resolve(__dirname, '../..');

let world: ImportWorld;
let admin: SessionClient;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_db_check');
  admin = new SessionClient(world.baseUrl);
  await admin.signIn('admin@atlas.test', PASSWORD);
});
afterAll(() => world.stop());

/** The report itself when something differs, so a failure shows what. */
async function expectConsistent(): Promise<ConsistencyReport> {
  const report = await checkConsistency(world.db);
  expect(report.differences === 0 ? 'consistent' : formatReport(report)).toBe('consistent');
  return report;
}

const resultOf = (report: ConsistencyReport, name: string) => report.results.find((result) => result.name === name);

/** mulberry32: the same edits on every run. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

test('when the demo registry is loaded, then nothing differs, and the stats cells are compared once read', async () => {
  const loaded = await expectConsistent();
  expect(loaded.pendingStatsDistricts.length).toBeGreaterThan(0);
  expect(resultOf(loaded, 'tile grid')?.compared).toBeGreaterThan(1000);
  await refreshStatsCells(world.db);
  const read = await expectConsistent();
  expect(read.pendingStatsDistricts).toEqual([]);
  expect(resultOf(read, 'stats cells')?.compared).toBeGreaterThan(50);
});

test('when 1,000 random edits are made through SQL and the API, then nothing differs', async () => {
  const random = randomSource(20);
  const db = world.db;
  const ids = async () => (await db('associations').orderBy('id').pluck('id')) as number[];
  const places = await db('villages')
    .whereNotNull('district_code')
    .select<{ lon: number; lat: number }[]>(db.raw('ST_X(geom) AS lon, ST_Y(geom) AS lat'));
  const sectors = (await db('sectors').pluck('code')) as string[];
  const resources = (await db('resource_types').pluck('code')) as string[];
  const districts = (await db('districts').whereIn('governorate_code', ['EG-KN', 'EG-LX']).pluck('code')) as string[];
  let known = await ids();
  const point = () => {
    const { lon, lat } = random.pick(places);
    return db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [
      lon + (random.next() - 0.5) * 1e-3,
      lat + (random.next() - 0.5) * 1e-3,
    ]);
  };

  const edits: (() => Promise<unknown>)[] = [
    () =>
      db('associations')
        .where({ id: random.pick(known) })
        .update({ members: random.int(500) }),
    () =>
      db('associations')
        .where({ id: random.pick(known) })
        .update({ geom: point() }),
    () =>
      db('associations')
        .where({ id: random.pick(known) })
        .update({ status: random.pick(['active', 'suspended', 'dissolved']) }),
    () =>
      db('associations')
        .where({ id: random.pick(known) })
        .update({ kind: random.pick(['civil', 'central']) }),
    () =>
      db('associations')
        .where({ id: random.pick(known) })
        .update({ deleted_at: random.next() < 0.5 ? db.fn.now() : null }),
    () =>
      db('associations')
        .where({ id: random.pick(known) })
        .update({ name_ar: `جمعية تجربة ${random.int(100000)}`, address: `شارع ${random.int(500)}` }),
    () =>
      db('association_sectors')
        .insert({ association_id: random.pick(known), sector_code: random.pick(sectors) })
        .onConflict()
        .ignore(),
    () =>
      db('association_sectors')
        .where({ association_id: random.pick(known) })
        .delete(),
    () =>
      db('association_resources')
        .insert({
          association_id: random.pick(known),
          resource_code: random.pick(resources),
          quantity: 1 + random.int(9),
        })
        .onConflict(['association_id', 'resource_code'])
        .merge(),
    () =>
      db('association_resources')
        .where({ association_id: random.pick(known), resource_code: random.pick(resources) })
        .delete(),
    () =>
      db('intl_programmes').insert({
        association_id: random.pick(known),
        partner: random.pick(['UNDP', 'GIZ', 'Test Partner']),
        donor_country: random.pick(['Japan', null]),
        name: 'p',
        status: 'active',
      }),
    () =>
      db('intl_programmes')
        .where({ association_id: random.pick(known) })
        .update({ status: random.pick(['completed', 'planned', 'active']) }),
    // Many rows in one statement, a move with a resource change in one transaction, a new and a removed association.
    () =>
      db('associations')
        .where({ district_code: random.pick(districts) })
        .increment('members', 1),
    () =>
      db.transaction(async (trx) => {
        const id = random.pick(known);
        await trx('associations').where({ id }).update({ geom: point() });
        await trx('association_resources')
          .insert({ association_id: id, resource_code: random.pick(resources), quantity: 2 })
          .onConflict(['association_id', 'resource_code'])
          .merge();
      }),
    async () => {
      const [row] = (await db('associations').insert(
        {
          registration_no: `RND-${random.int(1e9)}`,
          name_ar: 'جمعية جديدة',
          kind: 'civil',
          geom: point(),
          members: random.int(300),
        },
        ['id'],
      )) as [{ id: number }];
      await db('association_sectors').insert({ association_id: row.id, sector_code: random.pick(sectors) });
      known = await ids();
    },
    async () => {
      await db('associations')
        .where({ id: random.pick(known) })
        .delete();
      known = await ids();
    },
  ];

  for (let edit = 0; edit < 994; edit += 1) {
    await random.pick(edits)();
    // Some reads in between: the refreshed districts are compared, those written since wait.
    if (random.next() < 0.05) await refreshStatsCells(db);
  }
  // And through the API: a move, new lists, a new programme, a created and a deleted association.
  for (const id of known.slice(0, 4)) {
    const profile = await admin.request<{ version: number }>('GET', `/api/associations/${id}`);
    const reply = await admin.request(
      'PATCH',
      `/api/associations/${id}`,
      {
        location: { type: 'Point', coordinates: random.pick([QUS, LUXOR, QENA_CITY]) },
        members: random.int(400),
        sectors: [random.pick(sectors)],
        resources: { [random.pick(resources)]: 3 },
        programmes: [{ partner: 'API Partner', donorCountry: 'Testland', name: 'برنامج', status: 'active' }],
      },
      { 'if-match': `"${profile.body.version}"` },
    );
    expect(reply.status).toBe(200);
  }
  const created = await admin.request<{ id: number; version: number }>('POST', '/api/associations', {
    registrationNo: 'API-CHECK-1',
    nameAr: 'جمعية من الواجهة',
    kind: 'central',
    location: { type: 'Point', coordinates: QUS },
    members: 40,
    sectors: ['health'],
    resources: { nursery: 2 },
  });
  expect(created.status).toBe(201);
  const { version } = await db('associations').where({ id: known[10] }).first<{ version: number }>('version');
  const removed = await admin.request('DELETE', `/api/associations/${known[10]}`, undefined, {
    'if-match': `"${version}"`,
  });
  expect(removed.status).toBe(204);

  await expectConsistent();
  await refreshStatsCells(db);
  expect((await expectConsistent()).pendingStatsDistricts).toEqual([]);
});

test('when an import moves and adds associations and is then undone, then nothing differs', async () => {
  // One with no programme: undo cannot yet put an updated association's programmes back (the restore deletes and
  // inserts them in one statement, which refuses the same id: 409 "Key (id)=(…) already exists").
  const { registration_no: existing } = await world
    .db('associations as a')
    .where({ governorate_code: 'EG-KN' })
    .whereNull('deleted_at')
    .whereNotExists(world.db('intl_programmes as p').whereRaw('p.association_id = a.id'))
    .orderBy('id')
    .first<{ registration_no: string }>('registration_no');
  const file = {
    name: 'check.csv',
    data: Buffer.from(
      csv(
        ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'SECTORS', 'NURSERY', 'lon', 'lat'],
        [
          ['CHK-1', 'جمعية مستوردة للفحص', 'أهلية', 20, 'الصحة', 'نعم', ...QENA_CITY],
          [existing, 'اسم بعد الاستيراد', null, 77, 'education', '3', ...LUXOR],
        ],
      ),
    ),
  };
  const dryRun = await world.as.admin.upload<ImportResult>(file);
  const committed = await world.as.admin.json<ImportResult>('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  expect(committed.status).toBe(200);
  await expectConsistent();
  const undone = await world.as.admin.json<ImportResult>('POST', `/api/imports/${dryRun.body.id}/undo`);
  expect(`${undone.status} ${undone.text}`).toMatch(/^200 /);
  await refreshStatsCells(world.db);
  await expectConsistent();
});

/** One row of the tile grid: the cell and the group it counts. */
type GridCell = {
  tx: number;
  ty: number;
  cell: number;
  district_code: string;
  kind: string;
  status: string;
  intl_coop: boolean;
};

const normalizedRegistrationNo = (registrationNo: string) => registrationNo.toLowerCase();

/** The URL the test's pool connects with (the world keeps it to itself). */
const databaseUrl = () =>
  ((world.db.client as Knex.Client).config.connection as { connectionString: string }).connectionString;

/** `npm run <script>` on the test's database: exit code and output. */
function npmScript(script: string): Promise<{ code: number; stdout: string }> {
  const cli = path.join(REPO, 'node_modules/tsx/dist/cli.mjs');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, path.join(REPO, `scripts/${script}.ts`)],
      { env: { ...process.env, DATABASE_URL: databaseUrl(), LOG_LEVEL: 'silent' } },
      (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
}

test("when derived state is altered behind the triggers' back, then db:check tells, db:rebuild mends it", async () => {
  const db = world.db;
  await refreshStatsCells(db);
  const cell = await db('association_grid')
    .where({ z: 9 })
    .orderBy(['tx', 'ty', 'cell', 'district_code', 'kind', 'status', 'intl_coop'])
    .first<GridCell>();
  await db('association_grid')
    .where({
      z: 9,
      tx: cell.tx,
      ty: cell.ty,
      cell: cell.cell,
      district_code: cell.district_code,
      kind: cell.kind,
      status: cell.status,
      intl_coop: cell.intl_coop,
    })
    .increment('n', 1);
  await db.raw(
    `UPDATE association_facet_grid SET members = members + 5
      WHERE ctid = (SELECT ctid FROM association_facet_grid WHERE z = 11 LIMIT 1)`,
  );
  await db.raw('UPDATE stats_cells SET members = members + 7 WHERE ctid = (SELECT ctid FROM stats_cells LIMIT 1)');
  // A word only one association holds (its registration number), not the one whose facets are altered below.
  const { registration_no: newest } = await db('associations')
    .whereNull('deleted_at')
    .orderBy('id', 'desc')
    .first<{ registration_no: string }>('registration_no');
  const word = normalizedRegistrationNo(newest);
  await db('search_words').where({ word }).delete();
  // An association's facets, with its triggers off (as a careless bulk load would leave them).
  await db.transaction(async (trx) => {
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx.raw(
      `UPDATE associations SET facets = '{sector:health}'
        WHERE id = (SELECT min(id) FROM associations WHERE facets <> '{sector:health}')`,
    );
  });

  const tampered = await checkConsistency(db);
  const differences = Object.fromEntries(tampered.results.map((result) => [result.name, result.differences]));
  expect(differences).toMatchObject({
    facets: 1,
    'search words': 1,
    'district lookup: associations': 0,
    cooperation: 0,
  });
  for (const name of ['tile grid', 'facet grid', 'stats cells']) expect(differences[name]).toBeGreaterThan(0);
  const cellKey = [cell.district_code, cell.kind, cell.status, cell.intl_coop ? 'cooperating' : ''].join(' ').trim();
  expect(resultOf(tampered, 'tile grid')?.examples.map((example) => example.key)).toContain(
    `z9 ${cell.tx}/${cell.ty} cell ${cell.cell} ${cellKey}`,
  );
  expect(resultOf(tampered, 'search words')?.examples).toEqual([
    { district: null, key: word, stored: false, expected: true },
  ]);

  const check = await npmScript('db-check');
  expect(check.code).toBe(1);
  expect(check.stdout).toMatch(/^tile grid +1 DIFFERENT/m);
  expect(check.stdout).toMatch(/differences \([\d,]+ ms\): `npm run db:rebuild`/);

  const rebuilt = await npmScript('db-rebuild');
  expect(rebuilt.code).toBe(0);
  expect(rebuilt.stdout).toMatch(/^facets corrected +1$/m);
  expect(rebuilt.stdout).toMatch(/^missing search words added +1$/m);
  const again = await npmScript('db-check');
  expect(again.stdout).toMatch(/^0 differences/m);
  expect(again.code).toBe(0);
});

test('when rebuilt on a consistent database, then the derived state is what it was', async () => {
  const before = await derivedTotals();
  const report = await rebuildDerivedState(world.db);
  expect(report.changed).toMatchObject({
    'associations placed again': 0,
    'cooperation corrected': 0,
    'facets corrected': 0,
    'missing search words added': 0,
  });
  expect(await derivedTotals()).toEqual(before);
  await expectConsistent();
});

/** The counts the grids and cells add up to. */
async function derivedTotals() {
  const { rows } = await world.db.raw<{ rows: { grid: number; facets: number; stats: number; words: number }[] }>(
    `SELECT (SELECT sum(n) FROM association_grid WHERE z = 0) AS grid,
            (SELECT sum(n) FROM association_facet_grid WHERE z = 0) AS facets,
            (SELECT sum(associations) FROM stats_cells) AS stats,
            (SELECT count(*) FROM search_words) AS words`,
  );
  return rows[0];
}
