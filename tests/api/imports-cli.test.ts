// `npm run import -- FILE …` from the shell: the same report, a commit on request, and "cli" as the audit's actor.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../server/src/provisioning/run';
import { createRegistryDatabase } from '../support/registry-database';
import { csv, fixtureDir, type FixtureDir } from '../support/fixtures/gdal-fixtures';
import { QENA_CITY, QUS } from '../support/fixtures/import-world';
import { REGISTRY_MAPPING, REGISTRY_ROWS, registryWorkbook } from '../support/fixtures/registry-workbook';

let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;
let files: FixtureDir;
const REPO = path.resolve(__dirname, '../..');

beforeAll(async () => {
  scratch = await createRegistryDatabase('civic_atlas_imports_cli');
  files = await fixtureDir();
});
afterAll(async () => {
  await files.remove();
  await scratch.drop();
});

const importCommand = (args: string[]) =>
  run(
    process.execPath,
    [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO, 'scripts/import.ts'), ...args],
    {
      env: { ...process.env, DATABASE_URL: scratch.url, LOG_LEVEL: 'silent' },
    },
  );

test('when the shell imports a CSV with --commit, then the report is printed and "cli" is audited', async () => {
  const file = path.join(files.dir, 'shell.csv');
  await writeFile(
    file,
    csv(
      ['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'],
      [
        ['CLI-1', 'جمعية من الطرفية', 'أهلية', ...QENA_CITY],
        ['CLI-2', '', 'civil', ...QUS],
      ],
    ),
  );
  const dry = await importCommand([file]);
  expect(dry).toMatch(/import \d+ \(associations\): validated/);
  expect(dry).toMatch(/rows {4}2 total, 1 valid \(1 new, 0 updates, 0 unchanged\), 1 invalid/);
  expect(dry).toMatch(/row 2\tnameAr\tis required for a new association/);
  await expect(importCommand([file, '--commit'])).rejects.toThrow(/skipInvalid/);

  const committed = await importCommand([
    file,
    '--commit',
    '--skip-invalid',
    '--mapping',
    JSON.stringify({ registrationNo: 'REG_NO', nameAr: 'NAME_AR', kind: 'KIND' }),
  ]);
  expect(committed).toMatch(/: committed/);
  const association = await scratch
    .db('associations')
    .where({ registration_no: 'CLI-1' })
    .first<{ id: number; name_ar: string }>('id', 'name_ar');
  expect(association.name_ar).toBe('جمعية من الطرفية');
  expect(
    await scratch.db('audit_log').where({ entity_id: association.id }).first('actor_id', 'actor_email', 'action'),
  ).toEqual({ actor_id: null, actor_email: 'cli', action: 'import' });
});

test('when the shell imports an xlsx with --layer, --defaults, --values, then it is placed and committed', async () => {
  const file = path.join(files.dir, 'registry-shell.xlsx');
  await writeFile(file, (await registryWorkbook(REGISTRY_ROWS.slice(0, 6))).data);
  const output = await importCommand([
    file,
    '--layer',
    'سجل الجمعيات',
    '--mapping',
    JSON.stringify(REGISTRY_MAPPING),
    '--defaults',
    JSON.stringify({ kind: 'civil', governorate: 'EG-KN' }),
    '--values',
    JSON.stringify({ sectors: { مساعدات: 'relief_charity' } }),
    '--commit',
  ]);
  expect(output).toMatch(/read {4}xlsx, layer "سجل الجمعيات"/);
  expect(output).toMatch(/placed {2}0 exact, 4 at their village, 2 in their district, 0 not placed/);
  expect(output).toMatch(/sectors .*صحه→health \(normalized\)/);
  expect(output).toMatch(/مساعدات→relief_charity \(chosen\)/);
  expect(output).toMatch(/: committed/);
  expect(
    await scratch.db('associations').where({ registration_no: '0127' }).first('district_code', 'location_precision'),
  ).toEqual({ district_code: 'EG.QN.FR', location_precision: 'district' });
});
