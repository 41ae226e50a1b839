// Filters narrow the address bar, the counts and what the map draws, together; the address bar brings them back.
import {
  apiCount,
  givenAtlas,
  mapShows,
  renderedAssociations,
  saveScreenshot,
  searchParams,
  shownCount,
  useAtlasSession,
} from './atlas-driver';

const session = useAtlasSession();

const tick = (name: string, value: string) => `[data-testid=filter-${name}] input[value="${value}"]`;

test('when central associations are asked for, then the address bar, count and drawn features follow', async () => {
  const atlas = await givenAtlas(session, '/');

  await atlas.page.check(tick('kind', 'central'));
  await mapShows(atlas);

  expect(searchParams(atlas).get('kind')).toBe('central');
  const expected = await apiCount(session, 'governorate=EG-KN&kind=central');
  expect(await shownCount(atlas)).toBe(expected);
  const drawn = await renderedAssociations(atlas);
  expect(drawn).toMatchObject({ total: expected, civil: 0 });
  await saveScreenshot(atlas, 'filters-central');
});

test('when a district is chosen, then only its associations are counted and drawn', async () => {
  const atlas = await givenAtlas(session, '/');
  const district = await atlas.page.$eval(
    '[data-testid=filter-district] option:nth-child(2)',
    (option) => (option as HTMLOptionElement).value,
  );

  await atlas.page.selectOption('[data-testid=filter-district]', district);
  await mapShows(atlas);

  const expected = await apiCount(session, `governorate=EG-KN&district=${district}`);
  expect(searchParams(atlas).get('district')).toBe(district);
  expect(await shownCount(atlas)).toBe(expected);
  expect((await renderedAssociations(atlas)).total).toBe(expected);
});

test('when a resource is asked with a minimum, then the address bar has code:minimum; the count follows', async () => {
  const atlas = await givenAtlas(session, '/');

  await atlas.page.check(tick('resource', 'nursery'));
  await mapShows(atlas);
  await atlas.page.fill('[data-testid=filter-resource-min-nursery]', '2');
  await atlas.page.waitForFunction(() => new URLSearchParams(window.location.search).get('resource') === 'nursery:2');
  await mapShows(atlas);

  expect(await shownCount(atlas)).toBe(await apiCount(session, 'governorate=EG-KN&resource=nursery:2'));
});

test('when the page is reloaded, then the filters come back from the address bar', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&kind=civil&intlCoop=true&sector=health');

  await atlas.page.reload();
  await mapShows(atlas);

  expect(await atlas.page.isChecked(tick('kind', 'civil'))).toBe(true);
  expect(await atlas.page.isChecked(tick('sector', 'health'))).toBe(true);
  expect(await atlas.page.isChecked('[data-testid=filter-intl-coop-yes]')).toBe(true);
  expect(await shownCount(atlas)).toBe(
    await apiCount(session, 'governorate=EG-KN&kind=civil&intlCoop=true&sector=health'),
  );
});

test('when the browser goes back, then the previous filters return', async () => {
  const atlas = await givenAtlas(session, '/');
  const everyone = await shownCount(atlas);
  await atlas.page.check('[data-testid=filter-intl-coop-yes]');
  await mapShows(atlas);

  await atlas.page.goBack();
  await mapShows(atlas);

  expect(searchParams(atlas).get('intlCoop')).toBeNull();
  expect(await shownCount(atlas)).toBe(everyone);
  expect((await renderedAssociations(atlas)).total).toBe(everyone);
});

test('when reset is pressed, then the default Qena view returns', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&status=suspended&minMembers=50');

  await atlas.page.click('[data-testid=filter-reset]');
  await mapShows(atlas);

  const params = searchParams(atlas);
  expect([params.get('governorate'), params.get('status'), params.get('minMembers')]).toEqual(['EG-KN', null, null]);
  expect(await shownCount(atlas)).toBe(await apiCount(session, 'governorate=EG-KN'));
});

test('when nothing matches, then the list names each filter in force with a button that removes it', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&sector=health&minMembers=5000');
  expect(await apiCount(session, 'governorate=EG-KN&sector=health&minMembers=5000')).toBe(0);
  await atlas.page.click('[data-testid=tab-results]');

  const empty = atlas.page.locator('[data-testid=no-matches]');
  await empty.waitFor();
  expect(await empty.locator('p').textContent()).toBe(
    'لا توجد جمعيات تطابق: عدد الأعضاء = من ٥٬٠٠٠؛ مجالات النشاط = الصحة — أزل إحداها.',
  );
  const removers = empty.locator('[data-testid=no-matches-remove]');
  expect(await removers.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-filter')))).toEqual([
    'minMembers,maxMembers',
    'sector',
  ]);
  await saveScreenshot(atlas, 'filters-no-matches');

  await removers.first().click();
  await mapShows(atlas);

  expect([searchParams(atlas).get('minMembers'), searchParams(atlas).get('sector')]).toEqual([null, 'health']);
  expect(await shownCount(atlas)).toBe(await apiCount(session, 'governorate=EG-KN&sector=health'));
  await atlas.page.waitForSelector('[data-testid=result-item]');
});
