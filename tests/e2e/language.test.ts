// One click turns the atlas into English, left to right with Latin digits, and the choice is remembered.
import { givenAtlas, mapShows, saveScreenshot, searchParams, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

const htmlLanguage = (atlas: Awaited<ReturnType<typeof givenAtlas>>) =>
  atlas.page.$eval('html', (element) => ({ lang: element.lang, dir: element.dir }));

test('when the language switch is pressed, then the page turns English, left to right, with Latin digits', async () => {
  const atlas = await givenAtlas(session, '/');

  await atlas.page.click('[data-testid=language-switch]');

  expect(await htmlLanguage(atlas)).toEqual({ lang: 'en', dir: 'ltr' });
  expect(await atlas.page.textContent('h1')).toBe('Civic Atlas');
  expect(await atlas.page.textContent('[data-testid=count-associations]')).toMatch(/^[0-9,]+$/);
  expect(searchParams(atlas).get('lang')).toBe('en');
  expect(await atlas.page.evaluate(() => window.__atlasMap?.getGlobalState())).toMatchObject({
    lang: 'en',
    locale: 'en',
  });
  await atlas.page.waitForTimeout(500);
  await saveScreenshot(atlas, 'language-english');
});

test('when English was chosen before, then a later visit without ?lang opens in English', async () => {
  const atlas = await givenAtlas(session, '/');
  await atlas.page.click('[data-testid=language-switch]');

  await atlas.page.goto(`${session.app.baseUrl}/`);
  await mapShows(atlas);

  expect(await htmlLanguage(atlas)).toEqual({ lang: 'en', dir: 'ltr' });
});

test('when the address bar says lang=en, then the atlas opens in English', async () => {
  const atlas = await givenAtlas(session, '/?lang=en');

  expect(await htmlLanguage(atlas)).toEqual({ lang: 'en', dir: 'ltr' });
  expect(await atlas.page.textContent('[data-testid=tab-filters]')).toBe('Filters');
});
