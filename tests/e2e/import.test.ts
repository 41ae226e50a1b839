// The GIS unit's import page: a CSV with one bad row is checked, committed without it, listed in the history and
// undone.
import { csv } from '../support/fixtures/gdal-fixtures';
import { saveScreenshot } from './atlas-driver';
import { givenSignedIn, useStaffSession } from './staff-driver';

const session = useStaffSession('e2e_import');

const REGISTRY = csv(
  ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'LON', 'LAT'],
  [
    ['UI-1', 'جمعية النور بقنا', 'أهلية', 40, 32.7167, 26.1642],
    ['UI-2', 'جمعية الأمل بقوص', 'مركزية', 25, 32.7597, 25.9156],
    ['UI-3', 'جمعية بلا نوع', 'مجهول', 9, 32.7167, 26.1642],
  ],
);

test('when a CSV with a bad row is imported, then the report names it; the rest commit and can be undone', async () => {
  const atlas = await givenSignedIn(session, 'gis@atlas.test');
  await atlas.page.click('[data-testid=open-imports]');
  await atlas.page.setInputFiles('[data-testid=import-file]', {
    name: 'qena-registry.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(REGISTRY),
  });
  await atlas.page.click('[data-testid=import-check]');

  await atlas.page.waitForSelector('[data-testid=import-report]', { timeout: 45_000 });
  expect(await atlas.page.textContent('[data-testid=import-detected-format]')).toBe('csv');
  expect(await atlas.page.textContent('[data-testid=import-sample]')).toContain('جمعية النور بقنا');
  expect(await atlas.page.getAttribute('[data-testid=import-count-valid]', 'data-value')).toBe('2');
  expect(await atlas.page.getAttribute('[data-testid=import-count-invalid]', 'data-value')).toBe('1');
  expect(await atlas.page.locator('[data-testid=import-errors] tbody tr').count()).toBe(1);
  expect(await atlas.page.isDisabled('[data-testid=import-commit]')).toBe(true);
  await atlas.page.locator('[data-testid=import-report]').scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'import-report');

  await atlas.page.check('[data-testid=import-skip-invalid]');
  await atlas.page.click('[data-testid=import-commit]');
  await atlas.page.waitForSelector('[data-testid=import-committed]');
  const item = atlas.page.locator('[data-testid=import-history-item]').first();
  await atlas.page.waitForSelector('[data-testid=import-history-item][data-status=committed]');
  const committed = await fetch(`${session.app.baseUrl}/api/associations?q=UI-1&limit=1`).then(
    (reply) => reply.json() as Promise<{ numberMatched: number }>,
  );
  expect(committed.numberMatched).toBeGreaterThan(0);

  await item.locator('[data-testid=import-undo]').click();
  await atlas.page.waitForSelector('[data-testid=import-history-item][data-status=undone]');
  await atlas.page.locator('[data-testid=import-history]').scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'import-undone');
});
