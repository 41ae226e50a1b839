// Commit and undo: the dry run writes nothing, a commit writes every valid row at once (or nothing), it is audited,
// a second file updates by registration number, undo puts back exactly what was there, and refuses after edits.
import type { ImportResult } from '../../contracts/imports';
import { csv } from '../support/fixtures/gdal-fixtures';
import { QENA_CITY, QUS, startImportWorld, type ImportWorld } from '../support/fixtures/import-world';

let world: ImportWorld;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_commit');
});
afterAll(async () => {
  await world.stop();
});

const HEADER = ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'SECTORS', 'NURSERY', 'lon', 'lat'];
const csvFile = (name: string, rows: (string | number | null)[][]) => ({ name, data: Buffer.from(csv(HEADER, rows)) });

interface AuditEntry {
  action: string;
  actor_email: string;
  before: unknown;
  after: unknown;
}

interface AssociationRow {
  id: number;
  name_ar: string;
  kind: string;
  members: number | null;
  district_code: string | null;
  deleted_at: Date | null;
  /** WKT */
  geom: string;
}

/** Everything an import may change about an association, lists included. */
async function stateOf(registrationNo: string) {
  const row = await world
    .db('associations')
    .where({ registration_no: registrationNo })
    .first<AssociationRow | undefined>(
      'id',
      'name_ar',
      'kind',
      'members',
      'district_code',
      'deleted_at',
      world.db.raw('ST_AsText(geom) AS geom'),
    );
  if (!row) return null;
  const sectors = await world
    .db('association_sectors')
    .where({ association_id: row.id })
    .orderBy('sector_code')
    .pluck<string[]>('sector_code');
  const resources = await world
    .db('association_resources')
    .where({ association_id: row.id })
    .orderBy('resource_code')
    .select<{ resource_code: string; quantity: number | null }[]>('resource_code', 'quantity');
  return { ...row, sectors, resources };
}

async function liveCounts() {
  const [associations, audit] = await Promise.all([
    world.db('associations').count('* as n').first(),
    world.db('audit_log').count('* as n').first(),
  ]);
  return { associations: Number(associations?.n), audit: Number(audit?.n) };
}

let existingNo: string;

beforeAll(async () => {
  const first = await world
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .orderBy('id')
    .first<{ registration_no: string }>('registration_no');
  existingNo = first.registration_no;
});

test('when a file is committed, then only its valid rows land, with their lists, and each is audited', async () => {
  const before = await liveCounts();
  const existingBefore = await stateOf(existingNo);
  const dryRun = await world.as.gisQena.upload<ImportResult>(
    csvFile('first.csv', [
      ['CMT-1', 'جمعية جديدة بقنا', 'أهلية', 20, 'الصحة', 'نعم', ...QENA_CITY],
      [existingNo, 'اسم محدث', null, 77, 'education', '3', ...QUS],
      ['CMT-BAD', 'جمعية خاطئة', 'civil', -1, null, null, ...QUS],
    ]),
  );
  expect(dryRun.body.counts).toEqual({ total: 3, valid: 2, invalid: 1, new: 1, updated: 1, unchanged: 0 });
  expect(await liveCounts()).toEqual(before);

  const refused = await world.as.gisQena.json<{ detail: string }>('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  expect(refused.status).toBe(409);
  expect(refused.body.detail).toMatch(/skipInvalid/);
  expect(await liveCounts()).toEqual(before);

  const committed = await world.as.gisQena.json<ImportResult>('POST', `/api/imports/${dryRun.body.id}/commit`, {
    skipInvalid: true,
  });
  expect(committed.status).toBe(200);
  expect(committed.body).toMatchObject({
    status: 'committed',
    committedBy: 'gisqena@atlas.test',
    counts: { valid: 2, invalid: 1, new: 1, updated: 1 },
  });
  expect(await stateOf('CMT-BAD')).toBeNull();
  expect(await stateOf('CMT-1')).toMatchObject({
    name_ar: 'جمعية جديدة بقنا',
    kind: 'civil',
    members: 20,
    district_code: 'EG.QN.QM',
    sectors: ['health'],
    resources: [{ resource_code: 'nursery', quantity: 1 }],
  });
  expect(await stateOf(existingNo)).toMatchObject({
    name_ar: 'اسم محدث',
    kind: existingBefore?.kind,
    members: 77,
    sectors: ['education'],
    resources: [{ resource_code: 'nursery', quantity: 3 }],
  });

  const audit = await world
    .db('audit_log')
    .where({ import_id: dryRun.body.id })
    .orderBy('entity_id')
    .select<AuditEntry[]>('action', 'actor_email', 'before', 'after');
  expect(audit).toHaveLength(2);
  expect(audit.every((entry) => entry.action === 'import' && entry.actor_email === 'gisqena@atlas.test')).toBe(true);
  const updated = audit.find((entry) => entry.before !== null);
  expect(updated?.before).toMatchObject({ registrationNo: existingNo, nameAr: existingBefore?.name_ar });
  expect(updated?.after).toMatchObject({ registrationNo: existingNo, nameAr: 'اسم محدث', members: 77 });
  const history = await world.as.admin.json<{ action: string; importId: number }[]>(
    'GET',
    `/api/associations/${existingBefore?.id}/history`,
  );
  expect(history.body[0]).toMatchObject({ action: 'import', importId: dryRun.body.id });

  expect(
    (await world.as.gisQena.json('POST', `/api/imports/${dryRun.body.id}/commit`, { skipInvalid: true })).status,
  ).toBe(409);
  const tables = await world.db.raw<{ rows: { n: number }[] }>(
    `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'import_staging' AND tablename LIKE ?`,
    [`%\\_${dryRun.body.id}`],
  );
  expect(tables.rows[0]?.n).toBe(0);
});

test('when a commit brings new words, then search finds them, typos too', async () => {
  // The table of known words (for typos) follows imports.
  const search = async (q: string) =>
    (
      await world.as.admin.json<{ results: { registrationNo: string | null }[] }>(
        'GET',
        `/api/search?q=${encodeURIComponent(q)}`,
      )
    ).body.results.map((result) => result.registrationNo);
  expect(await search('محدث')).toContain(existingNo);
  expect(await search('اسم محدت')).toContain(existingNo);
  expect(await search('جمعية جديدة بقنا')).toContain('CMT-1');
});
test('when a file comes back changed, then its rows are updates and undo restores exactly what was there', async () => {
  const first = await world.as.admin.upload<ImportResult>(
    csvFile('again-1.csv', [['UND-1', 'جمعية أولى', 'civil', 10, 'health', null, ...QENA_CITY]]),
  );
  await world.as.admin.json('POST', `/api/imports/${first.body.id}/commit`, {});
  const afterFirst = await stateOf('UND-1');

  const second = await world.as.admin.upload<ImportResult>(
    csvFile('again-2.csv', [
      ['UND-1', 'جمعية أولى معدلة', 'central', 11, 'women; elderly', '2', ...QUS],
      ['UND-2', 'جمعية ثانية', 'civil', 5, null, null, ...QUS],
    ]),
  );
  expect(second.body.counts).toEqual({ total: 2, valid: 2, invalid: 0, new: 1, updated: 1, unchanged: 0 });
  await world.as.admin.json('POST', `/api/imports/${second.body.id}/commit`, {});
  expect(await stateOf('UND-1')).toMatchObject({
    kind: 'central',
    members: 11,
    district_code: 'EG.QN.QS',
    sectors: ['elderly', 'women'],
  });

  const undone = await world.as.admin.json<ImportResult>('POST', `/api/imports/${second.body.id}/undo`);
  expect(undone.status).toBe(200);
  expect(undone.body).toMatchObject({ status: 'undone', undoneBy: 'admin@atlas.test' });
  expect(await stateOf('UND-1')).toEqual(afterFirst);
  expect(await stateOf('UND-2')).toBeNull();
  const undoAudit = await world
    .db('audit_log')
    .where({ import_id: second.body.id, action: 'undo' })
    .select<Pick<AuditEntry, 'after'>[]>('entity_id', 'after');
  expect(undoAudit).toHaveLength(2);
  expect(undoAudit.filter((entry) => entry.after === null)).toHaveLength(1);
  expect((await world.as.admin.json('POST', `/api/imports/${second.body.id}/undo`)).status).toBe(409);
});

test('when an imported association was edited since, then undo is refused naming it and nothing changes', async () => {
  const dryRun = await world.as.admin.upload<ImportResult>(
    csvFile('edited.csv', [['EDT-1', 'جمعية ستعدل', 'civil', 10, null, null, ...QUS]]),
  );
  await world.as.admin.json('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  const row = await world
    .db('associations')
    .where({ registration_no: 'EDT-1' })
    .first<{ id: number; version: number }>('id', 'version');
  const patched = await world.as.admin.json('PATCH', `/api/associations/${row.id}`, {
    members: 99,
    version: row.version,
  });
  expect(patched.status).toBe(200);

  const refused = await world.as.admin.json<{ detail: string; conflicts: { id: number; registrationNo: string }[] }>(
    'POST',
    `/api/imports/${dryRun.body.id}/undo`,
  );
  expect(refused.status).toBe(409);
  expect(refused.body.detail).toMatch(/EDT-1 was changed after the import/);
  expect(refused.body.conflicts).toEqual([expect.objectContaining({ id: row.id, registrationNo: 'EDT-1' })]);
  expect(await stateOf('EDT-1')).toMatchObject({ members: 99 });
});

test('when others point to created associations, then undo is refused naming the link and the account', async () => {
  const dryRun = await world.as.admin.upload<ImportResult>(
    csvFile('pointed-at.csv', [
      ['PNT-1', 'جمعية يرتبط بها غيرها', 'civil', 10, null, null, ...QUS],
      ['PNT-2', 'جمعية لها منسق', 'civil', 12, null, null, ...QUS],
    ]),
  );
  await world.as.admin.json('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  const ids = await world.db('associations').whereIn('registration_no', ['PNT-1', 'PNT-2']).orderBy('registration_no');
  const [linked, coordinated] = ids.map((row: { id: number }) => row.id);
  const other = await world
    .db('associations')
    .whereNotIn('registration_no', ['PNT-1', 'PNT-2'])
    .first<{ id: number }>('id');
  await world
    .db('association_links')
    .insert({ from_association_id: other.id, to_association_id: linked, kind: 'network' });
  await world.db('users').insert({
    email: 'pnt-coordinator@atlas.test',
    password_hash: 'not a hash: this account never signs in',
    role: 'coordinator',
    association_id: coordinated,
  });

  const refused = await world.as.admin.json<{ detail: string; conflicts: { id: number; reason: string }[] }>(
    'POST',
    `/api/imports/${dryRun.body.id}/undo`,
  );
  expect(refused.status).toBe(409);
  expect(refused.body.conflicts).toEqual([
    { id: linked, registrationNo: 'PNT-1', reason: `association ${other.id} links to it` },
    { id: coordinated, registrationNo: 'PNT-2', reason: 'the account pnt-coordinator@atlas.test coordinates it' },
  ]);
  expect(await stateOf('PNT-1')).not.toBeNull();
});

test('when two people import at once, then each keeps their own rows and both commits land whole', async () => {
  // Two importers, as one person may run one import at a time (tests/api/imports-limits.test.ts).
  const importers = [world.as.gisQena, world.as.admin];
  const parallelFile = (n: number) =>
    csvFile(
      `parallel-${n}.csv`,
      Array.from({ length: 40 }, (_, i) => [`PAR-${n}-${i}`, `جمعية ${n} رقم ${i}`, 'civil', i, null, null, ...QUS]),
    );
  const dryRuns = await Promise.all(
    importers.map(async (importer, i) => ({
      importer,
      reply: await importer.upload<ImportResult>(parallelFile(i + 1)),
    })),
  );
  expect(dryRuns.map(({ reply }) => reply.body.counts.valid)).toEqual([40, 40]);
  const commits = await Promise.all(
    dryRuns.map(({ importer, reply }) => importer.json('POST', `/api/imports/${reply.body.id}/commit`, {})),
  );
  expect(commits.map((reply) => reply.status)).toEqual([200, 200]);
  const landed = await world.db('associations').where('registration_no', 'like', 'PAR-%').count('* as n').first();
  expect(Number(landed?.n)).toBe(80);
});

test('when the registry changed between dry run and commit, then the commit validates again', async () => {
  const dryRun = await world.as.admin.upload<ImportResult>(
    csvFile('race.csv', [['RACE-1', 'جمعية السباق', 'civil', 1, null, null, ...QUS]]),
  );
  expect(dryRun.body.counts.new).toBe(1);
  const other = await world.as.admin.upload<ImportResult>(
    csvFile('race-other.csv', [['RACE-1', 'جمعية سبقت', 'civil', 2, null, null, ...QUS]]),
  );
  await world.as.admin.json('POST', `/api/imports/${other.body.id}/commit`, {});
  const committed = await world.as.admin.json<ImportResult>('POST', `/api/imports/${dryRun.body.id}/commit`, {});
  expect(committed.body.counts).toMatchObject({ new: 0, updated: 1 });
  expect(await stateOf('RACE-1')).toMatchObject({ name_ar: 'جمعية السباق', members: 1 });
});

test('when imports are listed and read again, then the GIS unit sees its own and its governorates’', async () => {
  const list = await world.as.gisQena.json<{ id: number; createdBy: string }[]>('GET', '/api/imports');
  expect(list.status).toBe(200);
  expect(list.body.length).toBeGreaterThan(0);
  expect(list.body.every((item) => item.createdBy === 'gisqena@atlas.test')).toBe(true);
  expect((await world.as.gisLuxor.json('GET', `/api/imports/${list.body[0]?.id}`)).status).toBe(404);
  const again = await world.as.gisQena.json<ImportResult>('GET', `/api/imports/${list.body[0]?.id}`);
  expect(again.body.id).toBe(list.body[0]?.id);
  expect((await world.as.admin.json<unknown[]>('GET', '/api/imports')).body.length).toBeGreaterThan(list.body.length);
});

test('when a dry run is left for a week, then the next import expires it and drops its staging tables', async () => {
  const stale = await world.as.admin.upload<ImportResult>(
    csvFile('stale.csv', [['OLD-1', 'جمعية قديمة', 'civil', 1, null, null, ...QUS]]),
  );
  await world
    .db('imports')
    .where({ id: stale.body.id })
    .update({ created_at: world.db.raw(`now() - interval '8 days'`) });
  await world.as.admin.upload(csvFile('fresh.csv', [['NEW-1', 'جمعية جديدة', 'civil', 1, null, null, ...QUS]]));
  expect((await world.as.admin.json<ImportResult>('GET', `/api/imports/${stale.body.id}`)).body.status).toBe('expired');
  expect(await world.db.schema.withSchema('import_staging').hasTable(`import_${stale.body.id}`)).toBe(false);
  expect((await world.as.admin.json('POST', `/api/imports/${stale.body.id}/commit`, {})).status).toBe(409);
});
