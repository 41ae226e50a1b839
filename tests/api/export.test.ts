// GET /api/associations/export: exactly the filtered set, CSV that Excel reads in Arabic, contacts only for staff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AssociationCollection } from '../../contracts/association';
import { exportAssociations } from '../../server/src/features/exports/exports.service';
import { EXPORT_FIELDS } from '../../server/src/features/exports/export-fields';
import { HttpProblem } from '../../server/src/http/http-problem';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { parseCsv } from '../support/csv';
import { createRegistryDatabase } from '../support/registry-database';
import { SessionClient } from '../support/session-client';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'export staff password';
const PUBLIC_COLUMNS = EXPORT_FIELDS.filter((f) => !f.sensitive).map((f) => f.name);
let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;
let app: TestApp;
let coordinatorOf: number;

beforeAll(async () => {
  scratch = await createRegistryDatabase('civic_atlas_export');
  const coordinated = await scratch
    .db('associations')
    .where({ governorate_code: 'EG-LX' })
    .whereNotNull('phone')
    .orderBy('id')
    .first<{ id: number }>('id');
  coordinatorOf = coordinated.id;
  await createUserAccount(scratch.db, {
    email: 'official@qena.gov.eg',
    password: PASSWORD,
    role: 'official',
    governorates: ['EG-KN'],
  });
  await createUserAccount(scratch.db, {
    email: 'coordinator@luxor.org',
    password: PASSWORD,
    role: 'coordinator',
    governorates: [],
    associationId: coordinatorOf,
  });
  app = await startTestApp(scratch.url);
});
afterAll(async () => {
  await app.stop();
  await scratch.drop();
});

/** The export for a session cookie (null for the public), as text with its BOM kept (fetch's text() drops it). */
async function download(cookie: string | null, query: string) {
  const response = await fetch(`${app.baseUrl}/api/associations/export?${query}`, {
    headers: cookie ? { cookie } : {},
  });
  return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}

async function signedIn(email: string): Promise<string> {
  const reply = await new SessionClient(app.baseUrl).signIn(email, PASSWORD);
  expect(reply.status).toBe(200);
  return (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const ids = async (filters: string) =>
  (
    (await fetch(`${app.baseUrl}/api/associations?${filters}&limit=10000`).then((r) =>
      r.json(),
    )) as AssociationCollection
  ).features.map((f) => f.id);

test('when the public exports CSV, then it has a BOM, the documented columns and only the filtered rows', async () => {
  const filters = 'governorate=EG-KN&sector=health,women&minMembers=30';
  const { response, text } = await download(null, `format=csv&${filters}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="?associations-\d{4}-\d{2}-\d{2}\.csv"?$/,
  );
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(PUBLIC_COLUMNS);
  expect(rows.map((r) => Number(r[0]))).toEqual(await ids(filters));
  const first = await scratch
    .db('associations')
    .where({ id: Number(rows[0]?.[0]) })
    .first<{ name_ar: string; registration_no: string }>('name_ar', 'registration_no');
  expect(rows[0]?.slice(1, 3)).toEqual([first.registration_no, first.name_ar]);
  expect(rows[0]?.[2]).toMatch(/[\u0600-\u06FF]/);
});

test('when the public exports any format, then no phone, email or contact person is in it', async () => {
  const contacts = await scratch
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .whereNotNull('phone')
    .limit(30)
    .select<Record<'phone' | 'email' | 'contact_person', string | null>[]>('phone', 'email', 'contact_person');
  for (const format of ['csv', 'geojson']) {
    const { text } = await download(null, `format=${format}&governorate=EG-KN`);
    expect(text).not.toMatch(/contactPerson|phone|email/);
    for (const c of contacts)
      for (const value of [c.phone, c.email, c.contact_person]) if (value) expect(text).not.toContain(value);
  }
});

test('when an official of Qena exports Qena and Luxor, then contacts are filled for Qena only', async () => {
  const official = await signedIn('official@qena.gov.eg');
  const { text } = await download(official, 'governorate=EG-KN,EG-LX');
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(EXPORT_FIELDS.map((f) => f.name));
  const phoneAt = header?.indexOf('phone') ?? -1;
  const govAt = header?.indexOf('governorate') ?? -1;
  const qena = rows.filter((r) => r[govAt] === 'EG-KN');
  expect(qena.filter((r) => r[phoneAt]).length).toBeGreaterThan(qena.length / 2);
  expect(rows.filter((r) => r[govAt] === 'EG-LX' && r[phoneAt])).toEqual([]);
});

test("when a coordinator exports, then only their own association's contacts are filled", async () => {
  const coordinator = await signedIn('coordinator@luxor.org');
  const { text } = await download(coordinator, 'governorate=EG-LX');
  const [header, ...rows] = parseCsv(text.slice(1));
  const phoneAt = header?.indexOf('phone') ?? -1;
  expect(rows.filter((r) => r[phoneAt]).map((r) => Number(r[0]))).toEqual([coordinatorOf]);
});

test('when GeoJSON is exported, then the features are the filtered ones with the flat export columns', async () => {
  const { response, text } = await download(null, 'format=geojson&district=EG.QN.QS&kind=civil');
  expect(response.headers.get('content-type')).toContain('application/geo+json');
  const collection = JSON.parse(text) as {
    features: { id: number; properties: Record<string, unknown>; geometry: { type: string } }[];
  };
  expect(collection.features.map((f) => f.id)).toEqual(await ids('district=EG.QN.QS&kind=civil'));
  expect(collection.features[0]?.geometry.type).toBe('Point');
  expect(Object.keys(collection.features[0]?.properties ?? {})).toEqual(PUBLIC_COLUMNS.filter((name) => name !== 'id'));
});

test('when the format or a filter is wrong, then the answer is a 400 problem naming it', async () => {
  for (const [query, field] of [
    ['format=xls', 'format'],
    ['colour=red', 'colour'],
    ['minMembers=50&maxMembers=10', 'maxMembers'],
  ]) {
    const { response, text } = await download(null, query ?? '');
    expect([query, response.status, response.headers.get('content-type')]).toEqual([
      query,
      400,
      expect.stringContaining('application/problem+json'),
    ]);
    const problem = JSON.parse(text) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
  }
});

test('when more associations match than an export holds, then it is refused with how many matched', async () => {
  const refused = exportAssociations(scratch.db, null, { governorate: ['EG-KN'] }, { format: 'csv' }, 10);
  await expect(refused).rejects.toBeInstanceOf(HttpProblem);
  await expect(refused).rejects.toMatchObject({
    status: 400,
    detail: expect.stringMatching(/match \d+ associations; an export holds at most 10/) as unknown,
  });
});

test('docs/EXPORTS.md lists every export column with its shapefile name', () => {
  const doc = readFileSync(path.resolve(__dirname, '../../docs/EXPORTS.md'), 'utf8');
  for (const field of EXPORT_FIELDS) expect(doc).toContain(`| \`${field.name}\` | \`${field.dbf}\` |`);
});
