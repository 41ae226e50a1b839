// Staff in the browser: the public sees no edit controls; the GIS unit edits, meets a conflict, and reads the history.
import { givenAtlas, saveScreenshot } from './atlas-driver';
import {
  apiAs,
  arabicNumber,
  forgiveFailedRequests,
  givenSignedIn,
  qenaAssociation,
  useStaffSession,
} from './staff-driver';

const session = useStaffSession('e2e_staff');
const GIS = 'gis@atlas.test';

test('when the public opens a profile, then there is no edit button and no contacts', async () => {
  const { id } = await qenaAssociation(session);
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${id}`);
  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);

  expect(await atlas.page.locator('[data-testid=edit-open]').count()).toBe(0);
  const facts = await atlas.page.textContent('[data-testid=profile-facts]');
  expect(facts).not.toMatch(/الهاتف|البريد الإلكتروني|مسؤول الاتصال/);
  expect(await atlas.page.locator('[data-testid=auth-open]').isVisible()).toBe(true);
});

test('when the GIS unit changes the members, then the profile and the list show the new number', async () => {
  const { id } = await qenaAssociation(session);
  const atlas = await givenSignedIn(session, GIS, `/?governorate=EG-KN&selected=${id}`);
  expect(await atlas.page.getAttribute('[data-testid=auth-user]', 'data-role')).toBe('gis');

  await atlas.page.click('[data-testid=edit-open]');
  await atlas.page.fill('[data-testid=edit-members]', '4321');
  await saveScreenshot(atlas, 'staff-edit-form');
  await atlas.page.click('[data-testid=edit-save]');

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);
  await atlas.page.waitForFunction(
    (text) => document.querySelector('[data-testid=profile-facts]')?.textContent.includes(text),
    arabicNumber(4321),
  );
  await atlas.page.click('[data-testid=tab-results]');
  await atlas.page.selectOption('[data-testid=list-sort]', 'members');
  await atlas.page.waitForFunction(
    ({ wanted, text }) =>
      document.querySelector(`[data-testid=result-item][data-id="${wanted}"]`)?.textContent.includes(text),
    { wanted: id, text: arabicNumber(4321) },
  );
  await saveScreenshot(atlas, 'staff-edited-list');
});

test('when the GIS unit types the members in Arabic-Indic digits, then 120 is saved', async () => {
  const { id, members: before } = await qenaAssociation(session, 'offset=1');
  expect(before).not.toBe(120);
  const atlas = await givenSignedIn(session, GIS, `/?governorate=EG-KN&selected=${id}`);
  await atlas.page.click('[data-testid=edit-open]');
  const members = atlas.page.locator('[data-testid=edit-members]');
  await members.fill('');
  await members.pressSequentially('١٢٠');
  expect(await members.inputValue()).toBe('١٢٠');
  await atlas.page.click('[data-testid=edit-save]');

  await atlas.page.locator('[data-testid=edit-save]').waitFor({ state: 'detached' });
  await atlas.page.waitForFunction(
    (text) => document.querySelector('[data-testid=profile-facts]')?.textContent.includes(text),
    arabicNumber(120),
  );
  const saved = (await (await fetch(`${session.app.baseUrl}/api/associations/${id}`)).json()) as { members: number };
  expect(saved.members).toBe(120);
});

test('when the GIS unit types negative members, then the field takes the focus and says why in Arabic', async () => {
  const { id } = await qenaAssociation(session);
  const atlas = await givenSignedIn(session, GIS, `/?governorate=EG-KN&selected=${id}`);
  await atlas.page.click('[data-testid=edit-open]');
  await atlas.page.fill('[data-testid=edit-members]', '-5');
  await atlas.page.click('[data-testid=edit-save]');

  const message = (await atlas.page.locator('#error-members').textContent({ timeout: 5_000 })) ?? '';
  expect(message).toMatch(/[\u0621-\u064A]{3}/);
  expect(message).not.toMatch(/[A-Za-z]{3}/);
  expect(await atlas.page.getAttribute('[data-testid=edit-members]', 'aria-invalid')).toBe('true');
  expect(await atlas.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('edit-members');
  await saveScreenshot(atlas, 'staff-edit-invalid');
});

test('when the GIS unit adds a programme and a story, then the profile lists them and shows cooperation', async () => {
  const { id } = await qenaAssociation(session, 'intlCoop=false');
  const atlas = await givenSignedIn(session, GIS, `/?governorate=EG-KN&selected=${id}`);
  await atlas.page.click('[data-testid=edit-open]');
  // Whatever programmes and stories it has already come first; ours are added after them.
  const n = await atlas.page.locator('[data-testid=edit-programmes-item]').count();
  const m = await atlas.page.locator('[data-testid=edit-successStories-item]').count();
  await atlas.page.click('[data-testid=edit-programmes-add]');
  await atlas.page.click('[data-testid=edit-save]');
  expect(await atlas.page.locator(`#error-programmes-${n}-name`).textContent({ timeout: 5_000 })).toBe('مطلوب');
  expect(await atlas.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    `edit-programmes-${n}-name`,
  );

  await atlas.page.fill(`[data-testid=edit-programmes-${n}-name]`, 'برنامج الطفولة المبكرة');
  await atlas.page.fill(`[data-testid=edit-programmes-${n}-partner]`, 'UNICEF');
  await atlas.page.fill(`[data-testid=edit-programmes-${n}-donorCountry]`, 'الاتحاد الأوروبي');
  await atlas.page.fill(`[data-testid=edit-programmes-${n}-startsOn]`, '2026-01-01');
  await atlas.page.fill(`[data-testid=edit-programmes-${n}-endsOn]`, '2025-12-31');
  await atlas.page.click('[data-testid=edit-save]');
  expect(await atlas.page.locator(`#error-programmes-${n}-endsOn`).textContent({ timeout: 5_000 })).toBe(
    'ينتهي قبل أن يبدأ',
  );
  await atlas.page.fill(`[data-testid=edit-programmes-${n}-endsOn]`, '');
  // A second, empty programme is refused, then removed: its errors go with it, and the focus stays in the list.
  await atlas.page.click('[data-testid=edit-programmes-add]');
  await atlas.page.click('[data-testid=edit-save]');
  await atlas.page.locator(`#error-programmes-${n + 1}-name`).waitFor({ timeout: 5_000 });
  await atlas.page
    .locator('[data-testid=edit-programmes-remove]')
    .nth(n + 1)
    .click();
  expect(await atlas.page.locator('[data-testid=edit-programmes-item]').count()).toBe(n + 1);
  expect(await atlas.page.locator('[data-testid=edit-programmes] .field-error').count()).toBe(0);
  expect(await atlas.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'edit-programmes-add',
  );
  await atlas.page.click('[data-testid=edit-successStories-add]');
  await atlas.page.fill(`[data-testid=edit-successStories-${m}-titleAr]`, 'حضانة القرية');
  await atlas.page.fill(`[data-testid=edit-successStories-${m}-bodyAr]`, 'افتتحت الجمعية حضانة لأربعين طفلًا.');
  await atlas.page.locator('[data-testid=edit-successStories]').scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'staff-edit-lists');
  await atlas.page.click('[data-testid=edit-save]');

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);
  await atlas.page.waitForFunction(() =>
    document.querySelector('[data-testid=profile]')?.textContent.includes('حضانة القرية'),
  );
  expect(await atlas.page.textContent('[data-testid=profile]')).toContain('برنامج الطفولة المبكرة');
  const saved = (await (await fetch(`${session.app.baseUrl}/api/associations/${id}`)).json()) as {
    intlCoop: boolean;
    programmes: {
      name: string;
      partner: string;
      donorCountry: string;
      startsOn: string;
      endsOn: string | null;
      status: string;
    }[];
    successStories: { titleAr: string }[];
  };
  expect(saved.intlCoop).toBe(true);
  expect(saved.programmes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        name: 'برنامج الطفولة المبكرة',
        partner: 'UNICEF',
        donorCountry: 'الاتحاد الأوروبي',
        startsOn: '2026-01-01',
        endsOn: null,
        status: 'active',
      }),
    ]),
  );
  expect(saved.successStories).toEqual(expect.arrayContaining([expect.objectContaining({ titleAr: 'حضانة القرية' })]));
});

test('when someone else saved first, then the editor sees what changed and can reapply', async () => {
  const { id } = await qenaAssociation(session);
  const atlas = await givenSignedIn(session, GIS, `/?governorate=EG-KN&selected=${id}`);
  await atlas.page.click('[data-testid=edit-open]');
  await atlas.page.fill('[data-testid=edit-volunteers]', '77');

  const other = await apiAs(session, 'admin@atlas.test');
  const read = await other.request<{ version: number }>('GET', `/api/associations/${id}`);
  await other.request(
    'PATCH',
    `/api/associations/${id}`,
    { address: 'شارع المحطة، قنا' },
    { 'If-Match': `"${read.body.version}"` },
  );
  await atlas.page.click('[data-testid=edit-save]');

  await atlas.page.waitForSelector('[data-testid=edit-conflict] [data-testid=history-diff] tr[data-field=address]');
  await saveScreenshot(atlas, 'staff-conflict');
  await atlas.page.click('[data-testid=conflict-reapply]');
  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);
  const now = await other.request<{ volunteers: number; address: string }>('GET', `/api/associations/${id}`);
  expect(now.body).toMatchObject({ volunteers: 77, address: 'شارع المحطة، قنا' });
  forgiveFailedRequests(atlas, 409);
});

test('when an association was edited, then its history shows who changed which field', async () => {
  const { id } = await qenaAssociation(session);
  const client = await apiAs(session, GIS);
  const read = await client.request<{ version: number }>('GET', `/api/associations/${id}`);
  await client.request('PATCH', `/api/associations/${id}`, { boardSize: 13 }, { 'If-Match': `"${read.body.version}"` });
  const atlas = await givenSignedIn(session, GIS, `/?governorate=EG-KN&selected=${id}`);

  await atlas.page.click('[data-testid=history] summary');
  const latest = atlas.page.locator('[data-testid=history-entry]').first();
  await latest.waitFor();
  expect(await latest.getAttribute('data-action')).toBe('update');
  expect(await latest.locator('[data-testid=history-actor]').textContent()).toBe(GIS);
  expect(await latest.locator('tr[data-field=boardSize] ins').textContent()).toBe('13');
  await latest.scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'staff-history');
});

test('when an association was never edited, then its history says no changes are recorded yet, no error', async () => {
  // Past the first page of Qena: the tests above edit the first association only.
  const { id } = await qenaAssociation(session, 'offset=40');
  expect((await session.app.db('audit_log').where({ entity: 'association', entity_id: id })).length).toBe(0);
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${id}`);

  await atlas.page.click('[data-testid=history] summary');
  await atlas.page.waitForSelector('[data-testid=history-empty]');
  expect(await atlas.page.textContent('[data-testid=history-empty]')).toBe('لم تُسجَّل أي تغييرات بعد');
  expect(await atlas.page.locator('[data-testid=history] [role=alert]').count()).toBe(0);
  await atlas.page.locator('[data-testid=history-empty]').scrollIntoViewIfNeeded();
  await saveScreenshot(atlas, 'history-empty');
});
