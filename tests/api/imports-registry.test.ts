// The directorate's registry import: an .xlsx and a cp1256 CSV without coordinates, placed by village (or district),
// values matched as clerks write them, defaults for what the file lacks, cooperation creating programmes, and the
// bad rows named — then commit and undo, and the mapping kept as a template for the next file.
import type { ImportResult, ImportTemplate } from '../../contracts/imports';
import { fixtureDir, reencode, type FixtureDir } from '../support/fixtures/gdal-fixtures';
import { startImportWorld, type ImportWorld } from '../support/fixtures/import-world';
import {
  REGISTRY_ERRORS,
  REGISTRY_MAPPING,
  REGISTRY_ROWS,
  registryCsvText,
  registryWorkbook,
} from '../support/fixtures/registry-workbook';

let world: ImportWorld;
let files: FixtureDir;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_registry');
  files = await fixtureDir();
});
afterAll(async () => {
  await files.remove();
  await world.stop();
});

const FORM = {
  mapping: JSON.stringify(REGISTRY_MAPPING),
  defaults: JSON.stringify({ kind: 'civil', governorate: 'EG-KN', status: 'active' }),
  layer: 'سجل الجمعيات',
};

const errorsOf = (result: ImportResult, row: number) => result.errors.filter((error) => error.row === row);

/** Metres from a staged row's point to the named village, and the row's district and precision. */
async function placedRow(importId: number, row: number, village: string) {
  const result = await world.db.raw<{
    rows: { metres: number | null; district: string | null; precision: string | null }[];
  }>(
    `SELECT ST_Distance(r.geom::geography, v.geom::geography) AS metres,
            r.district_code AS district, r.location_precision AS precision
       FROM ?? r LEFT JOIN villages v ON v.name_ar = ? AND v.district_code = r.district_code
      WHERE r.row_no = ?`,
    [`import_staging.rows_${importId}`, village, row],
  );
  return result.rows[0];
}

describe('an .xlsx registry without coordinates', () => {
  let dryRun: ImportResult;

  beforeAll(async () => {
    const reply = await world.as.gisQena.upload<ImportResult>(await registryWorkbook(), FORM);
    expect(reply.status).toBe(201);
    dryRun = reply.body;
  });

  test('when it is read, then it is a workbook whose sheets are listed and the registry sheet chosen', () => {
    expect(dryRun.detected.format).toBe('xlsx');
    expect(dryRun.detected.layer).toBe('سجل الجمعيات');
    expect(dryRun.detected.layers).toEqual([
      { name: 'ملاحظات', rows: 1 },
      { name: 'سجل الجمعيات', rows: 11 },
    ]); // GDAL skips the empty one
    expect(dryRun.sample[0]?.['رقم القيد']).toBe('0123'); // the leading zero survives
    expect(dryRun.sample[1]?.['رقم القيد']).toBe('قنا/2015/4100');
  });

  test('when rows name villages, then each is placed on its village in the right district', async () => {
    expect(await placedRow(dryRun.id, 1, 'نجع الفاوية')).toMatchObject({ district: 'EG.QN.QJ', precision: 'village' });
    expect((await placedRow(dryRun.id, 1, 'نجع الفاوية'))?.metres).toBeLessThan(1000);
    expect(await placedRow(dryRun.id, 2, 'جزيرة مطيرة')).toMatchObject({
      district: 'EG.QN.QS',
      precision: 'village',
      metres: 0,
    });
    expect(await placedRow(dryRun.id, 3, 'الزوائدة')).toMatchObject({
      district: 'EG.QN.NE',
      precision: 'village',
      metres: 0,
    }); // "قرية الزوائدة"
    expect(await placedRow(dryRun.id, 4, 'أبو مناع شرق')).toMatchObject({
      district: 'EG.QN.QJ',
      precision: 'village',
      metres: 0,
    }); // no hamza
  });

  test('when a row names only its district, then it is placed inside that district', async () => {
    expect(await placedRow(dryRun.id, 5, '')).toMatchObject({ district: 'EG.QN.FR', precision: 'district' });
    expect(await placedRow(dryRun.id, 6, '')).toMatchObject({ district: 'EG.QN.QM', precision: 'district' });
    expect(dryRun.placement).toEqual({ exact: 0, village: 7, district: 2, none: 2 });
  });

  test('when the page asks for the preview, then each placed row has its precision; no one else may ask', async () => {
    type Preview = {
      features: {
        id: number;
        geometry: { coordinates: number[] };
        properties: { precision: string; district: string; valid: boolean };
      }[];
    };
    const preview = await world.as.gisQena.json<Preview>('GET', `/api/imports/${dryRun.id}/placement.geojson`);
    expect(preview.status).toBe(200);
    const byRow = new Map(preview.body.features.map((feature) => [feature.id, feature.properties]));
    expect(preview.body.features).toHaveLength(
      dryRun.placement.village + dryRun.placement.district + dryRun.placement.exact,
    );
    expect(byRow.get(1)).toMatchObject({ precision: 'village', district: 'EG.QN.QJ', valid: true });
    expect(byRow.get(5)).toMatchObject({ precision: 'district', district: 'EG.QN.FR' });
    expect((await world.as.public.json('GET', `/api/imports/${dryRun.id}/placement.geojson`)).status).toBe(401);
    expect((await world.as.gisLuxor.json('GET', `/api/imports/${dryRun.id}/placement.geojson`)).status).toBe(404);
  });

  test('when values are written as clerks write them, then each is matched and the match is shown', () => {
    const sectors = Object.fromEntries((dryRun.valueMatches.sectors ?? []).map((match) => [match.value, match]));
    expect(sectors['صحه']).toMatchObject({ code: 'health', how: 'normalized' });
    expect(sectors['أيتام']).toMatchObject({ code: 'orphans', how: 'synonym' });
    expect(sectors['محو اميه']).toMatchObject({ code: 'education', how: 'synonym' });
    expect(sectors['رعاية المسنين']).toMatchObject({ code: 'elderly', how: 'exact' });
    expect(sectors['نشاط فضائي']).toMatchObject({ code: null, how: null, rows: 1 });
    const kinds = Object.fromEntries((dryRun.valueMatches.kind ?? []).map((match) => [match.value, match.code]));
    expect(kinds).toMatchObject({ civil: 'civil', 'جمعيه اهليه': 'civil', مركزيه: 'central', اهليه: 'civil' });
    const coop = Object.fromEntries((dryRun.valueMatches.intlCoop ?? []).map((match) => [match.value, match.code]));
    expect(coop).toMatchObject({ نعم: 'yes', لا: 'no', '✓': 'yes', ربما: null });
  });

  test('when rows are wrong, then each is an error that names the cause', () => {
    for (const row of REGISTRY_ERRORS.duplicate)
      expect(
        errorsOf(dryRun, row)
          .map((e) => e.message)
          .join(),
      ).toMatch(/0129 appears on rows 7, 8/);
    expect(errorsOf(dryRun, REGISTRY_ERRORS.unknownVillage)).toEqual([
      {
        row: 9,
        sheetRow: 10,
        field: 'location',
        code: 'unknown_village',
        value: 'كفر الخيال',
        districts: ['EG.QN.QS'],
        governorate: 'EG-KN',
        message: 'village "كفر الخيال" was not found in EG.QN.QS',
      },
    ]);
    expect(errorsOf(dryRun, REGISTRY_ERRORS.ambiguousVillage)[0]?.message).toMatch(
      /village "عرب العبابدة" is in 2 districts \(EG\.QN\.[A-Z]{2}, EG\.QN\.[A-Z]{2}\): name its district/,
    );
    const bad = errorsOf(dryRun, REGISTRY_ERRORS.negativeAndUnknown).map((e) => `${e.field}: ${e.message}`);
    expect(bad).toEqual(
      expect.arrayContaining([
        'members: must not be negative',
        'sectors: unknown sector "نشاط فضائي": choose its sector in the value table (values.sectors)',
        'intlCoop: "ربما" is not yes or no (نعم/لا)',
      ]),
    );
    expect(dryRun.counts).toMatchObject({ total: 11, valid: 6, invalid: 5, new: 6 });
  });

  test('when numbers, phones and dates are typed as people type them, then they are read as meant', async () => {
    const rows = await world
      .db(`import_staging.rows_${dryRun.id}`)
      .whereIn('row_no', [1, 2, 3, 6])
      .orderBy('row_no')
      .select<{ members: number | null; registered_on: string | null }[]>(
        'members',
        'phone',
        'registered_on',
        'kind',
        'resources',
        'intl_coop',
        'partner',
      );
    // Row 6 left the members blank: unknown, not 0.
    expect(rows.map((row) => row.members ?? NaN)).toEqual([1200, 45, 45, NaN]);
    expect(rows[0]).toMatchObject({
      phone: '01012345678',
      kind: 'civil',
      resources: { vehicle: 2, hall: 1 },
      intl_coop: true,
      partner: 'UNDP',
    });
    expect(rows[1]).toMatchObject({ phone: '01001234567', kind: 'civil', intl_coop: false });
    expect(rows.slice(0, 2).map((row) => String(row.registered_on))).toEqual(['2015-04-01', '2015-01-01']);
  });

  test('when the valid rows are committed, then they are placed with programmes, and undo takes all back', async () => {
    const committed = await world.as.gisQena.json<ImportResult>('POST', `/api/imports/${dryRun.id}/commit`, {
      skipInvalid: true,
    });
    expect(committed.status).toBe(200);
    const first = await world
      .db('associations')
      .where({ registration_no: '0123' })
      .first<{ id: number }>('id', 'location_precision', 'intl_coop', 'district_code', 'members');
    expect(first).toMatchObject({
      location_precision: 'village',
      intl_coop: true,
      district_code: 'EG.QN.QJ',
      members: 1200,
    });
    const programmes = await world
      .db('intl_programmes')
      .where({ association_id: first.id })
      .select('partner', 'donor_country', 'status');
    expect(programmes).toEqual([{ partner: 'UNDP', donor_country: 'الاتحاد الأوروبي', status: 'active' }]);
    const profile = await world.as.gisQena.json<{ locationPrecision: string }>('GET', `/api/associations/${first.id}`);
    expect(profile.body.locationPrecision).toBe('village');

    const undone = await world.as.gisQena.json<ImportResult>('POST', `/api/imports/${dryRun.id}/undo`);
    expect(undone.status).toBe(200);
    expect(
      await world.db('associations').whereIn('registration_no', ['0123', '0125', '0127']).count('* as n').first(),
    ).toEqual({ n: 0 });
    expect(await world.db('intl_programmes').where({ association_id: first.id }).count('* as n').first()).toEqual({
      n: 0,
    });
  });

  test('when the next file has the same columns, then the committed mapping is offered as a template', async () => {
    const templates = await world.as.gisQena.json<ImportTemplate[]>('GET', '/api/import-templates');
    const saved = templates.body.find((template) => template.name === 'registry');
    expect(saved).toMatchObject({
      target: 'associations',
      mapping: REGISTRY_MAPPING,
      defaults: { kind: 'civil', governorate: 'EG-KN' },
    });
    const again = await world.as.gisQena.upload<ImportResult>(
      await registryWorkbook(REGISTRY_ROWS.slice(0, 2), 'registry-december.xlsx'),
      { layer: 'سجل الجمعيات' },
    );
    expect(again.status).toBe(201);
    expect(again.body.options.template).toBe('registry');
    expect(again.body.mapping).toEqual(REGISTRY_MAPPING);
    expect(again.body.counts).toMatchObject({ total: 2, valid: 2 });

    const renamed = await world.as.gisQena.json<ImportTemplate>('PATCH', `/api/import-templates/${saved?.id}`, {
      name: 'سجل المديرية',
    });
    expect(renamed.body.name).toBe('سجل المديرية');
    expect((await world.as.gisQena.json('DELETE', `/api/import-templates/${saved?.id}`)).status).toBe(204);
    expect((await world.as.public.json('GET', '/api/import-templates')).status).toBe(401);
  });
});

test('when the registry comes as a cp1256 CSV without BOM, then it is placed and matched the same way', async () => {
  // cp1256 has no ✓ and no Arabic-Indic digits: Arabic Windows Excel saves Latin digits.
  const latin = (text: string) =>
    text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660)).replace(/٬/g, ',');
  const rows = REGISTRY_ROWS.map((row) =>
    row.map((cell) => (cell === '✓' ? 'نعم' : typeof cell === 'string' ? latin(cell) : cell)),
  );
  const data = await reencode(files, registryCsvText(rows), 'CP1256');
  expect(data.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  const reply = await world.as.gisQena.upload<ImportResult>(
    { name: 'registry.csv', data },
    { mapping: FORM.mapping, defaults: FORM.defaults }, // a CSV has no sheets to name
  );
  expect(reply.status).toBe(201);
  expect(reply.body.detected).toMatchObject({ format: 'csv', encoding: 'CP1256' });
  expect(reply.body.counts).toMatchObject({ total: 11, valid: 6, invalid: 5 });
  expect(reply.body.placement).toEqual({ exact: 0, village: 7, district: 2, none: 2 });
  expect(errorsOf(reply.body, 9)[0]).toMatchObject({
    sheetRow: null,
    message: 'village "كفر الخيال" was not found in EG.QN.QS',
  });
  expect(await placedRow(reply.body.id, 1, 'نجع الفاوية')).toMatchObject({
    district: 'EG.QN.QJ',
    precision: 'village',
  });
});

test('when the user corrects the value table, then the corrections decide and a wrong code is refused', async () => {
  const values = { sectors: { 'نشاط فضائي': 'environment' }, intlCoop: { ربما: 'no' } };
  const reply = await world.as.gisQena.upload<ImportResult>(await registryWorkbook(REGISTRY_ROWS.slice(10)), {
    ...FORM,
    values: JSON.stringify(values),
  });
  expect(reply.body.valueMatches.sectors).toEqual([
    { value: 'نشاط فضائي', code: 'environment', how: 'chosen', rows: 1 },
  ]);
  expect(reply.body.errors.map((error) => error.field)).toEqual(['members']);

  const wrong = await world.as.gisQena.upload<{ errors: { field: string }[] }>(
    await registryWorkbook(REGISTRY_ROWS.slice(10)),
    {
      ...FORM,
      values: JSON.stringify({ sectors: { 'نشاط فضائي': 'space' } }),
    },
  );
  expect(wrong.status).toBe(422);
  expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'values.sectors.نشاط فضائي' })]);
});

test('when a file has no kind column and no default, then new rows say kind is required', async () => {
  const reply = await world.as.gisQena.upload<ImportResult>(await registryWorkbook(REGISTRY_ROWS.slice(5, 6)), {
    ...FORM,
    defaults: JSON.stringify({ governorate: 'EG-KN' }),
  });
  expect(reply.body.errors).toEqual([
    { row: 1, sheetRow: 2, field: 'kind', code: 'required_for_new', message: 'is required for a new association' },
  ]);
});
