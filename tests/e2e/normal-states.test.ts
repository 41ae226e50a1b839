// Normal states are calm: an empty result, a filter that matches nothing, a place with no associations, a profile with
// nothing recorded, a session that ended, an import page with no imports yet — each is said in a sentence, never with
// an alert, an error class or an error in the console (the session's afterEach fails on any console error).
import type { AtlasPage } from '../support/browser';
import { givenAtlas, saveScreenshot } from './atlas-driver';
import { forgiveFailedRequests, givenSignedIn, useStaffSession } from './staff-driver';

const session = useStaffSession('e2e_normal_states');

/** What would alarm a person: an alert, or anything styled as an error (error-banner, form-error, field-error…). */
const ALARMS = '[role=alert], [class*=error]';

async function thenCalm(atlas: AtlasPage, screen: string): Promise<void> {
  // Late answers (a stats reply, a history) get their chance to raise an alarm before the page is read.
  await atlas.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await saveScreenshot(atlas, `calm-${screen}`);
  const alarms = await atlas.page.$$eval(ALARMS, (found) => found.map((element) => `${element.getAttribute('class')}: ${(element as HTMLElement).innerText}`));
  expect([screen, alarms]).toEqual([screen, []]);
}

test('when the session ended before a staff page is opened, then the header offers to sign in and nothing alarms', async () => {
  const atlas = await givenSignedIn(session, 'gis@atlas.test', '/?governorate=EG-KN');
  await atlas.page.context().clearCookies();

  await atlas.page.click('[data-testid=open-imports]');

  await atlas.page.waitForSelector('[data-testid=auth-open]');
  expect(await atlas.page.isVisible('[data-testid=page-imports]')).toBe(false);
  // The refused request is how the page learns the session ended: Chromium logs it, nothing else does.
  forgiveFailedRequests(atlas, 401);
  await thenCalm(atlas, 'session-ended');
});

test('when a link names an association that is not in the atlas, then the profile says so calmly and can be closed', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&selected=999999999');

  await atlas.page.waitForSelector('[data-testid=profile-missing]');
  forgiveFailedRequests(atlas, 404);
  await thenCalm(atlas, 'profile-missing');

  await atlas.page.click('[data-testid=profile-missing-close]');
  expect(new URL(atlas.page.url()).searchParams.get('selected')).toBeNull();
});
