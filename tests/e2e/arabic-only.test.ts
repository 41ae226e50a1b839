// The Arabic interface shows no English: each main screen — map and list, filters, a profile, the partner finder, the
// dashboard, the import page as the GIS unit (with a report of bad rows) and a refusal — is read as a person sees it,
// and any Latin word or Latin digit fails the test, save codes, registration numbers, the registry's proper names,
// units and the sources the attribution names (tests/e2e/latin-text.ts).
import { csv } from '../support/fixtures/gdal-fixtures';
import type { AtlasPage } from '../support/browser';
import { givenAtlas, saveScreenshot, shownCount } from './atlas-driver';
import { strayLatin, visibleText, wordsOf } from './latin-text';
import { forgiveFailedRequests, givenSignedIn, useStaffSession } from './staff-driver';

const session = useStaffSession('e2e_arabic_only');

interface ShownProfile {
  id: number;
  registrationNo: string;
  nameEn: string | null;
  programmes: { partner: string; donorCountry: string | null; name: string }[];
}

/** A Qena association with an international programme: its profile has the most to show. */
async function aProfileWithProgrammes(): Promise<ShownProfile> {
  const row = await session.app
    .db('associations as a')
    .join('intl_programmes as p', 'p.association_id', 'a.id')
    .where('a.governorate_code', 'EG-KN')
    .whereNull('a.deleted_at')
    .orderBy('a.id')
    .first<{ id: number }>('a.id');
  const reply = await fetch(`${session.app.baseUrl}/api/associations/${row.id}`);
  return (await reply.json()) as ShownProfile;
}

/** The registry's own English for an association: its name and its programmes' partners, donors and titles. */
const properNamesOf = (profile: ShownProfile) =>
  wordsOf(
    profile.nameEn,
    ...profile.programmes.flatMap((programme) => [programme.partner, programme.donorCountry, programme.name]),
  );

/** Every partner organisation and donor country the registry names (the dashboard and the finder list them). */
async function registryPartnersAndDonors(): Promise<string[]> {
  const rows = await session.app
    .db('intl_programmes')
    .distinct<{ partner: string; donor_country: string | null }[]>('partner', 'donor_country');
  return wordsOf(...rows.flatMap((row) => [row.partner, row.donor_country]));
}

async function thenNoStrayLatin(atlas: AtlasPage, screen: string, allowed: string[] = []): Promise<void> {
  await saveScreenshot(atlas, `arabic-${screen}`);
  expect([screen, strayLatin(await visibleText(atlas), allowed)]).toEqual([screen, []]);
}

test('when the map and the list of Qena are shown in Arabic, then no Latin text is among them', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN');
  await shownCount(atlas);
  await atlas.page.click('[data-testid=tab-results]');
  await atlas.page.waitForSelector('[data-testid=result-item]');
  await thenNoStrayLatin(atlas, 'list');
});

test('when filters are set in Arabic, then the filter panel and the legend hold no Latin text', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&kind=civil&intlCoop=true&sector=health&minMembers=50');
  await shownCount(atlas);
  await thenNoStrayLatin(atlas, 'filters');
});

test('when a profile is opened in Arabic, then only its registration number and proper names are Latin', async () => {
  const profile = await aProfileWithProgrammes();
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${profile.id}`);
  await atlas.page.waitForSelector('[data-testid=profile]');
  await atlas.page.waitForSelector('[data-testid=history]');
  await thenNoStrayLatin(atlas, 'profile', properNamesOf(profile));
});

test('when the partner finder ranks partners in Arabic, then its reasons and distances are Arabic', async () => {
  const profile = await aProfileWithProgrammes();
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${profile.id}`);
  await atlas.page.click('[data-testid=partners-nearby]');
  await atlas.page.waitForSelector('[data-testid=partner-result]');
  await thenNoStrayLatin(atlas, 'partners', [...properNamesOf(profile), ...(await registryPartnersAndDonors())]);
});

test('when the dashboard of Qena is shown in Arabic, then its charts and notes hold no Latin text', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN');
  await atlas.page.goto(`${session.app.baseUrl}/dashboard?governorate=EG-KN`);
  await atlas.page.waitForSelector('[data-testid=chart-associations] [data-testid=chart-bar]');
  await thenNoStrayLatin(atlas, 'dashboard', await registryPartnersAndDonors());
});

const BAD_REGISTRY = csv(
  ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'FOUNDED', 'SECTORS', 'lon', 'lat'],
  [
    ['AR-1', 'جمعية النور بقنا', 'أهلية', 40, '2015-04-01', 'الصحة', 32.7167, 26.1642],
    ['AR-2', 'جمعية بلا نوع', 'مجهول', -4, 'أمس', 'الفضاء', 32.7597, 25.9156],
    ['AR-2', 'جمعية خارج مصر', 'أهلية', 'كثير', null, null, 33, 15],
  ],
);

test('when the GIS unit checks a bad file in Arabic, then the import page and its report are Arabic', async () => {
  const atlas = await givenSignedIn(session, 'gis@atlas.test', '/?governorate=EG-KN');
  await atlas.page.click('[data-testid=open-imports]');
  await atlas.page.setInputFiles('[data-testid=import-file]', {
    name: 'qena-registry.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BAD_REGISTRY),
  });
  await atlas.page.click('[data-testid=import-check]');
  await atlas.page.waitForSelector('[data-testid=import-errors]', { timeout: 45_000 });
  await atlas.page.locator('[data-testid=import-errors]').scrollIntoViewIfNeeded();
  // The file's name, columns and cells as the file has them, the account's address, and the formats and encodings
  // the page offers by their own names.
  const fileWords = ['qena-registry.csv', ...wordsOf(BAD_REGISTRY)];
  const formats = [
    'Excel',
    'xlsx',
    'ods',
    'CSV',
    'GeoJSON',
    'KML',
    'GeoPackage',
    'Shapefile',
    'EPSG',
    'csv',
    'UTF-8',
    'CP1256',
    'ISO-8859-6',
    'CP1252',
    'ISO-8859-1',
  ];
  await thenNoStrayLatin(atlas, 'import', [...fileWords, ...formats, 'gis@atlas.test']);
});

test('when the server refuses a request in Arabic, then the refusal is worded in Arabic', async () => {
  const atlas = await givenAtlas(session, '/?selected=999999999');
  await atlas.page.waitForSelector('[data-testid=problem-sentence][data-code=not_found]');
  forgiveFailedRequests(atlas, 404);
  await thenNoStrayLatin(atlas, 'refusal');
});
