// Who may import: the public gets 401, roles without imports 403, the GIS unit only inside its governorates,
// admins anywhere; commit and undo follow the same rules, and each sees only the imports it may.
import type { ImportResult } from '../../contracts/imports';
import { csv } from '../support/fixtures/gdal-fixtures';
import { LUXOR, QENA_CITY, startImportWorld, type Actor, type ImportWorld } from '../support/fixtures/import-world';

let world: ImportWorld;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_roles');
});
afterAll(async () => {
  await world.stop();
});

const qenaFile = (registrationNo: string) => ({
  name: 'qena.csv',
  data: Buffer.from(
    csv(['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'], [[registrationNo, 'جمعية بقنا', 'civil', ...QENA_CITY]]),
  ),
});

const dryRuns: [Actor, number, number | null][] = [
  ['public', 401, null],
  ['official', 403, null],
  ['gisLuxor', 201, 0],
  ['gisQena', 201, 1],
  ['admin', 201, 1],
];

test.each(dryRuns)('POST /api/imports of a Qena file as %s → %i (%s valid rows)', async (actor, status, valid) => {
  const reply = await world.as[actor].upload<ImportResult & { detail: string }>(qenaFile(`ROLE-${actor}`));
  expect(reply.status).toBe(status);
  if (valid !== null) expect(reply.body.counts.valid).toBe(valid);
  if (actor === 'gisLuxor')
    expect(reply.body.errors[0]?.message).toBe('is in EG-KN, outside your governorates (EG-LX)');
});

test('when a GIS user names a governorate that is not theirs, then 403', async () => {
  const reply = await world.as.gisQena.upload(qenaFile('ROLE-G'), { governorate: 'EG-LX' });
  expect(reply.status).toBe(403);
});

test('when an admin confines an import to Luxor, then Qena rows are invalid', async () => {
  const reply = await world.as.admin.upload<ImportResult>(qenaFile('ROLE-A'), { governorate: 'EG-LX' });
  expect(reply.body.errors).toEqual([
    {
      row: 1,
      sheetRow: null,
      field: 'location',
      code: 'not_in_import_governorate',
      governorate: 'EG-KN',
      expected: 'EG-LX',
      message: 'is in EG-KN, not in EG-LX as the import asked',
    },
  ]);
});

test('when others would commit, read or undo a GIS import, then they are refused by role and governorate', async () => {
  const dryRun = await world.as.gisQena.upload<ImportResult>(qenaFile('ROLE-C'));
  const path = `/api/imports/${dryRun.body.id}`;
  expect((await world.as.public.json('GET', path)).status).toBe(401);
  expect((await world.as.official.json('GET', path)).status).toBe(403);
  expect((await world.as.gisLuxor.json('GET', path)).status).toBe(404);
  expect((await world.as.gisLuxor.json('POST', `${path}/commit`, {})).status).toBe(404);
  expect((await world.as.public.json('GET', '/api/imports')).status).toBe(401);
  expect((await world.as.official.json('GET', `${path}/report.csv`)).status).toBe(403);
  expect((await world.as.gisQena.json('POST', `${path}/commit`, {})).status).toBe(200);
  expect((await world.as.gisLuxor.json('POST', `${path}/undo`)).status).toBe(404);
  expect((await world.as.admin.json('POST', `${path}/undo`)).status).toBe(200);
});

test('when a Luxor GIS user re-imports a Qena association into Luxor, then the row is refused', async () => {
  const qena = await world
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .first<{ registration_no: string; version: number }>('registration_no', 'version');
  const text = csv(
    ['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'],
    [[qena.registration_no, 'نقلت إلى الأقصر', 'civil', ...LUXOR]],
  );
  const reply = await world.as.gisLuxor.upload<ImportResult>({ name: 'move.csv', data: Buffer.from(text) });
  expect(reply.body.counts).toMatchObject({ valid: 0, invalid: 1 });
  expect(reply.body.errors.map((e) => e.field)).toEqual(['registrationNo']);
});
