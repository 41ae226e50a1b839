// Normal states are calm: an empty result, a filter that matches nothing, a place with no associations, a profile with
// nothing recorded, a session that ended, an import page with no imports yet — each is said in a sentence, never with
// an alert, an error class or an error in the console (the session's afterEach fails on any console error).
import type { AtlasPage } from '../support/browser';
import { givenAtlas, saveScreenshot } from './atlas-driver';
import { forgiveFailedRequests, givenSignedIn, qenaAssociation, useStaffSession } from './staff-driver';

const session = useStaffSession('e2e_normal_states');

/** What would alarm a person: an alert, or anything styled as an error (error-banner, form-error, field-error…). */
const ALARMS = '[role=alert], [class*=error]';

async function thenCalm(atlas: AtlasPage, screen: string): Promise<void> {
  // Late answers (a stats reply, a history) get their chance to raise an alarm before the page is read.
  await atlas.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await saveScreenshot(atlas, `calm-${screen}`);
  const alarms = await atlas.page.$$eval(ALARMS, (found) =>
    found.map((element) => `${element.getAttribute('class')}: ${(element as HTMLElement).innerText}`),
  );
  expect([screen, alarms]).toEqual([screen, []]);
}

test('when the session ended before a staff page opens, then the header offers sign-in; nothing alarms', async () => {
  const atlas = await givenSignedIn(session, 'gis@atlas.test', '/?governorate=EG-KN');
  await atlas.page.context().clearCookies();

  await atlas.page.click('[data-testid=open-imports]');

  await atlas.page.waitForSelector('[data-testid=auth-open]');
  expect(await atlas.page.isVisible('[data-testid=page-imports]')).toBe(false);
  // The refused request is how the page learns the session ended: Chromium logs it, nothing else does.
  forgiveFailedRequests(atlas, 401);
  await thenCalm(atlas, 'session-ended');
});

test('when a link names an unknown association, then the profile says so calmly and can be closed', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&selected=999999999');

  await atlas.page.waitForSelector('[data-testid=profile-missing]');
  forgiveFailedRequests(atlas, 404);
  await thenCalm(atlas, 'profile-missing');

  await atlas.page.click('[data-testid=profile-missing-close]');
  expect(new URL(atlas.page.url()).searchParams.get('selected')).toBeNull();
});

test('when a filter matches nothing, then the list says which filters to remove, and nothing alarms', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&kind=central&minMembers=90000');
  await atlas.page.click('[data-testid=tab-results]');
  await atlas.page.waitForSelector('[data-testid=no-matches] [data-testid=no-matches-remove]');
  await thenCalm(atlas, 'no-matches');
});

test('when a search in English finds nothing, then the list says so in English, and nothing alarms', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&q=zzqqxx&lang=en');
  await atlas.page.click('[data-testid=tab-results]');
  const empty = atlas.page.locator('[data-testid=no-matches] p');
  await empty.waitFor();
  expect(await empty.textContent()).toBe('No associations match: Search = zzqqxx — remove this filter.');
  await thenCalm(atlas, 'no-matches-english');
});

test('when a governorate has no associations, then the list says none are recorded yet; nothing alarms', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-ALX');
  await atlas.page.click('[data-testid=tab-results]');
  const empty = atlas.page.locator('[data-testid=no-matches]');
  await empty.waitFor();
  expect(await empty.textContent()).toBe('لم تُسجَّل في الأطلس جمعيات في الإسكندرية بعد.');
  await thenCalm(atlas, 'no-associations-here');
});

test('when the dashboard opens on a district with no associations, then it says so, not charts of zeros', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-ALX');
  await atlas.page.goto(`${session.app.baseUrl}/dashboard?governorate=EG-ALX&district=EG.IK.MN`);
  await atlas.page.waitForSelector('[data-testid=dashboard-main] [data-testid=no-matches]');
  expect(await atlas.page.locator('[data-testid=chart-associations]').count()).toBe(0);
  await thenCalm(atlas, 'dashboard-empty-district');
});

test('when a profile has no programmes, links, stories or history, then each section says none recorded', async () => {
  const bare = await session.app
    .db('associations as a')
    .whereNull('a.deleted_at')
    .where('a.governorate_code', 'EG-KN')
    .whereNotExists((query) => {
      query.from('intl_programmes').whereRaw('association_id = a.id');
    })
    .whereNotExists((query) => {
      query.from('success_stories').whereRaw('association_id = a.id');
    })
    .whereNotExists((query) => {
      query.from('association_links').whereRaw('from_association_id = a.id or to_association_id = a.id');
    })
    .orderBy('a.id')
    .first<{ id: number }>('a.id');
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${bare.id}`);
  await atlas.page.waitForSelector('[data-testid=profile]');

  await atlas.page.click('[data-testid=history] summary');

  await atlas.page.waitForSelector('[data-testid=history-empty]');
  expect(await atlas.page.locator('.profile-section .note').count()).toBeGreaterThanOrEqual(3);
  await thenCalm(atlas, 'profile-bare');
});

test('when the partner finder finds no one for a need, then it says so calmly', async () => {
  const { id } = await qenaAssociation(session);
  const atlas = await givenAtlas(session, '/?governorate=EG-KN');
  await atlas.page.goto(`${session.app.baseUrl}/?governorate=EG-KN&selected=${id}&partners=${id}&pMinMembers=900000`);
  await atlas.page.waitForSelector('[data-testid=partner-panel] >> text=لا توجد جمعية في النطاق تلبي هذا الاحتياج.');
  await thenCalm(atlas, 'partners-none');
});

test('when the GIS unit opens the import page before any import, then it says there are none yet', async () => {
  const atlas = await givenSignedIn(session, 'gis@atlas.test', '/?governorate=EG-KN');
  await atlas.page.click('[data-testid=open-imports]');
  await atlas.page.waitForSelector('[data-testid=import-page] >> text=لا توجد عمليات استيراد بعد.');
  await thenCalm(atlas, 'import-none-yet');
});

test('when a signed-out visitor opens a staff page link, then the atlas opens without it; nothing alarms', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN');
  await atlas.page.goto(`${session.app.baseUrl}/?governorate=EG-KN&staff=imports`);
  await atlas.page.waitForSelector('[data-testid=auth-open]');
  expect(await atlas.page.isVisible('[data-testid=page-imports]')).toBe(false);
  await thenCalm(atlas, 'staff-link-signed-out');
});
