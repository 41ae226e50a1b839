// Every export comes back in: the Qena set exported by the GIS unit in each format — the workbook and a labelled CSV
// with names instead of codes too — imported again with no mapping at all, is recognised column by column and
// changes nothing: 0 new, 0 updated, nothing written.
import type { ImportResult } from '../../contracts/imports';
import { startImportWorld, type ImportWorld } from '../support/fixtures/import-world';

let world: ImportWorld;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_round_trip');
  // One association placed at its village: an export must carry that, or the import would call its point exact.
  await world.db.raw(
    `UPDATE associations SET location_precision = 'village'
      WHERE id = (SELECT min(id) FROM associations WHERE governorate_code = 'EG-KN')`,
  );
});
afterAll(() => world.stop());

const FILES = [
  ['csv', 'associations.csv'],
  ['xlsx', 'associations.xlsx'],
  ['xlsx&labels=en', 'associations.xlsx'],
  ['csv&labels=ar', 'associations.csv'],
  ['geojson', 'associations.geojson'],
  ['gpkg', 'associations.gpkg'],
  ['shp', 'associations.shp.zip'],
] as const;

const MAPPED = [
  'registrationNo',
  'nameAr',
  'nameEn',
  'kind',
  'status',
  'governorate',
  'district',
  'members',
  'intlCoop',
  'sectors',
  'locationPrecision',
  'phone',
];

/** What an import could change: every association's row version and the audit log's length. */
async function registryState(): Promise<{ versions: string; audit: number }> {
  const versions = await world.db.raw<{ rows: { v: string }[] }>(
    "SELECT string_agg(id || ':' || version, ',' ORDER BY id) AS v FROM associations",
  );
  const audit = await world.db('audit_log').count<{ count: string }[]>('* as count');
  return { versions: versions.rows[0]?.v ?? '', audit: Number(audit[0]?.count) };
}

test.each(FILES)(
  'when the Qena set exported as %s is imported with no mapping, then every row is known and nothing changes',
  async (format, name) => {
    const exported = await world.as.gisQena.download(`/api/associations/export?format=${format}&governorate=EG-KN`);
    expect(exported.status).toBe(200);
    const qena = await world
      .db('associations')
      .where({ governorate_code: 'EG-KN' })
      .whereNull('deleted_at')
      .count<{ count: string }[]>('* as count');
    const before = await registryState();

    const reply = await world.as.gisQena.upload<ImportResult>({ name, data: exported.data });
    expect(reply.status).toBe(201);
    expect(reply.body.errors).toEqual([]);
    const total = Number(qena[0]?.count);
    // Read, not skipped: every column that can change something is mapped, and every point is the file's own.
    expect(Object.keys(reply.body.mapping)).toEqual(
      expect.arrayContaining([
        ...MAPPED,
        format.includes('labels') || format.startsWith('xlsx') ? 'resource:nursery' : 'resources',
      ]),
    );
    expect(reply.body.placement).toEqual({ exact: total - 1, village: 1, district: 0, none: 0 });
    expect(reply.body.counts).toEqual({ total, valid: total, invalid: 0, new: 0, updated: 0, unchanged: total });

    const commit = await world.as.gisQena.json<ImportResult>('POST', `/api/imports/${reply.body.id}/commit`, {});
    expect(commit.status).toBe(200);
    expect(await registryState()).toEqual(before);
  },
);

test('when one member count is changed in an exported CSV, then that row alone is updated and written', async () => {
  const exported = await world.as.gisQena.download('/api/associations/export?format=csv&governorate=EG-KN');
  const [header = '', first = '', ...rest] = exported.data.toString('utf8').split('\r\n');
  const members = header.split(',').indexOf('members');
  const cells = first.split(',');
  const id = Number(cells[0]);
  cells[members] = String(Number(cells[members]) + 7);
  const before = await world
    .db('associations')
    .where({ id })
    .first<{ members: number; version: number }>('members', 'version');

  const reply = await world.as.gisQena.upload<ImportResult>({
    name: 'edited.csv',
    data: Buffer.from([header, cells.join(','), ...rest].join('\r\n')),
  });
  expect(reply.body.counts).toMatchObject({ invalid: 0, new: 0, updated: 1, unchanged: reply.body.counts.total - 1 });
  expect((await world.as.gisQena.json('POST', `/api/imports/${reply.body.id}/commit`, {})).status).toBe(200);
  expect(await world.db('associations').where({ id }).first('members', 'version')).toEqual({
    members: before.members + 7,
    version: before.version + 1,
  });
  expect(await world.db('import_changes').where({ import_id: reply.body.id }).pluck('entity_key')).toEqual([
    String(id),
  ]);
});

test("when an import adds to an association's programmes, then undo puts them back exactly as they were", async () => {
  const holder = await world
    .db('intl_programmes as p')
    .join('associations as a', 'a.id', 'p.association_id')
    .where('a.governorate_code', 'EG-KN')
    .first<{ id: number; registrationNo: string }>('a.id', 'a.registration_no as registrationNo');
  const programmes = () => world.db('intl_programmes').where({ association_id: holder.id }).orderBy('id').select();
  const before = await programmes();
  expect(before.length).toBeGreaterThan(0);
  const file = {
    name: 'partner.csv',
    data: Buffer.from(`registrationNo,partner\r\n${holder.registrationNo},برنامج الأغذية العالمي\r\n`),
  };
  const dryRun = await world.as.gisQena.upload<ImportResult>(file);
  expect(dryRun.body.counts).toMatchObject({ valid: 1, updated: 1 });
  expect((await world.as.gisQena.json('POST', `/api/imports/${dryRun.body.id}/commit`, {})).status).toBe(200);
  expect((await programmes()).length).toBe(before.length + 1);
  const undone = await world.as.gisQena.json('POST', `/api/imports/${dryRun.body.id}/undo`);
  expect(undone.status).toBe(200); // before: 409, a kept programme's id inserted while its delete was not yet seen
  expect(await programmes()).toEqual(before);
});
