// The GIS unit imports the directorate's Excel registry through the page: values for every row, the mapping the
// page proposes, the value table corrected by hand, how rows were placed, commit and undo — in Arabic, in English
// and at phone width. A mapping the file does not fit still shows the mapping form.
import { PHONE } from '../support/browser';
import { csv } from '../support/fixtures/gdal-fixtures';
import { registryWorkbook } from '../support/fixtures/registry-workbook';
import { saveScreenshot } from './atlas-driver';
import { arabicNumber, forgiveFailedRequests, givenSignedIn, useStaffSession } from './staff-driver';
import type { AtlasPage } from '../support/browser';

const session = useStaffSession('e2e_import_registry');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const valueSelect = (atlas: AtlasPage, field: string, value: string) =>
  atlas.page.locator(`tr[data-field=${field}][data-value="${value}"] select`);
const countOf = (atlas: AtlasPage, testId: string) => atlas.page.getAttribute(`[data-testid=${testId}]`, 'data-value');

async function openImports(pathAndQuery = '/') {
  const atlas = await givenSignedIn(session, 'gis@atlas.test', pathAndQuery);
  await atlas.page.click('[data-testid=open-imports]');
  return atlas;
}

test('when the Excel registry is imported, then its values are confirmed, rows placed, committed, undone', async () => {
  const atlas = await openImports();
  const workbook = await registryWorkbook();
  await atlas.page.setInputFiles('[data-testid=import-file]', {
    name: workbook.name,
    mimeType: XLSX,
    buffer: workbook.data,
  });
  await atlas.page.selectOption('[data-testid=import-default-kind]', 'civil');
  await atlas.page.selectOption('[data-testid=import-default-governorate]', 'EG-KN');
  await atlas.page.click('[data-testid=import-check]');
  await atlas.page.waitForSelector('[data-testid=import-report]', { timeout: 45_000 });

  expect(await atlas.page.textContent('[data-testid=import-detected-format]')).toBe('xlsx');
  // Proposed from the Arabic header:
  expect(await atlas.page.inputValue('[data-testid=import-map-village]')).toBe('القرية');
  expect(await atlas.page.inputValue('[data-testid=import-map-district]')).toBe('المركز');
  expect(await atlas.page.locator('[data-testid=import-layer] option').allTextContents()).toContain(
    'سجل الجمعيات (الصفوف: ١١)',
  );
  expect(await valueSelect(atlas, 'sectors', 'صحه').inputValue()).toBe('health');
  expect(await valueSelect(atlas, 'sectors', 'نشاط فضائي').inputValue()).toBe('');
  expect(await countOf(atlas, 'import-placed-village')).toBe('7');
  expect(await atlas.page.textContent('[data-testid=import-placed-district]')).toContain(arabicNumber(2));
  // 7 at villages, 2 in districts:
  await atlas.page.waitForSelector('[data-testid=import-preview-map][data-rows="9"]', { timeout: 20_000 });
  const drawn = await atlas.page.evaluate(
    () => document.querySelectorAll('[data-testid=import-preview-map] canvas').length,
  );
  expect(drawn).toBe(1);
  await atlas.page.locator('[data-testid=import-placement]').scrollIntoViewIfNeeded();
  await atlas.page.waitForTimeout(1500); // the basemap tiles and the dots are drawn
  await saveScreenshot(atlas, 'import-registry-preview-ar');
  await atlas.page.locator('[data-testid=import-values]').scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'import-registry-values-ar');

  await valueSelect(atlas, 'sectors', 'نشاط فضائي').selectOption('environment');
  await valueSelect(atlas, 'intlCoop', 'ربما').selectOption('no');
  await atlas.page.click('[data-testid=import-values-rerun]');
  await atlas.page.waitForSelector('tr[data-field=sectors][data-value="نشاط فضائي"][data-how=chosen]', {
    timeout: 45_000,
  });
  const errors = await atlas.page.textContent('[data-testid=import-errors]');
  expect(errors).not.toContain('نشاط فضائي');
  expect(errors).toContain('كفر الخيال');
  expect(await countOf(atlas, 'import-count-valid')).toBe('6');

  await atlas.page.check('[data-testid=import-skip-invalid]');
  await atlas.page.click('[data-testid=import-commit]');
  await atlas.page.waitForSelector('[data-testid=import-committed]');
  const placed: unknown = await session.app
    .db('associations')
    .where({ registration_no: '0123' })
    .first('location_precision', 'district_code');
  expect(placed).toEqual({ location_precision: 'village', district_code: 'EG.QN.QJ' });

  await atlas.page.locator('[data-testid=import-history-item]').first().locator('[data-testid=import-undo]').click();
  await atlas.page.waitForSelector('[data-testid=import-history-item][data-status=undone]');
  expect(await session.app.db('associations').where({ registration_no: '0123' }).first('id')).toBeUndefined();
});

test('when the proposed mapping does not fit, then the mapping form is still shown and fixes it', async () => {
  const atlas = await openImports('/?lang=en');
  const file = csv(['الرقم', 'اسم الجمعية', 'النوع', 'المركز'], [['E2E-1', 'جمعية بالمركز', 'أهلية', 'مركز قوص']]);
  await atlas.page.setInputFiles('[data-testid=import-file]', {
    name: 'no-key.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(file),
  });
  await atlas.page.click('[data-testid=import-check]');
  await atlas.page.waitForSelector('[data-testid=import-error]');
  await atlas.page.waitForSelector('[data-testid=import-mapping]');
  forgiveFailedRequests(atlas, 422); // the refusal the test provoked
  await atlas.page.selectOption('[data-testid=import-map-registrationNo]', 'الرقم');
  await atlas.page.click('[data-testid=import-rerun]');
  await atlas.page.waitForSelector('[data-testid=import-report]', { timeout: 45_000 });
  expect(await countOf(atlas, 'import-count-valid')).toBe('1');
  expect(await countOf(atlas, 'import-placed-district')).toBe('1');
  await saveScreenshot(atlas, 'import-registry-mapping-en');
});

test('when the registry page is used on a phone, then the value table and the placement fit the width', async () => {
  const atlas = await openImports();
  await atlas.page.setViewportSize(PHONE);
  const workbook = await registryWorkbook();
  await atlas.page.setInputFiles('[data-testid=import-file]', {
    name: workbook.name,
    mimeType: XLSX,
    buffer: workbook.data,
  });
  await atlas.page.selectOption('[data-testid=import-default-kind]', 'civil');
  await atlas.page.click('[data-testid=import-check]');
  await atlas.page.waitForSelector('[data-testid=import-values]', { timeout: 45_000 });
  const overflow = await atlas.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await atlas.page.locator('[data-testid=import-placement]').scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'import-registry-phone');
});
