// Malformed, out-of-range, wrongly typed or hostile parameters get a 400 problem naming the parameter, never a 500.
import type { Problem } from '../../contracts/problem';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const BAD_QUERIES: [string, string][] = [
  ['governorate=Qena', 'governorate'],
  ["governorate=EG-KN'; DROP TABLE associations; --", 'governorate'],
  ['district=QUS', 'district'],
  ['district=EG.QN.QS%27%20OR%201=1', 'district'],
  ['kind=federal', 'kind'],
  ['sector=Orphans!', 'sector'],
  ['resource=nursery:-1', 'resource'],
  ['resource=nursery:abc', 'resource'],
  ['minMembers=-5', 'minMembers'],
  ['minMembers=ten', 'minMembers'],
  ['minMembers=1.5', 'minMembers'],
  ['maxMembers=99999999999', 'maxMembers'],
  ['minMembers=100&maxMembers=10', 'maxMembers'],
  ['minMembers=1&minMembers=2', 'minMembers'],
  ['intlCoop=yes', 'intlCoop'],
  ['status=closed', 'status'],
  ['q=', 'q'],
  [`q=${'ب'.repeat(201)}`, 'q'],
  ['bbox=1,2,3', 'bbox'],
  ['bbox=a,b,c,d', 'bbox'],
  ['bbox=200,0,210,10', 'bbox'],
  ['bbox=33,27,32,26', 'bbox'],
  ['limit=0', 'limit'],
  ['limit=10001', 'limit'],
  ['limit=all', 'limit'],
  ['offset=-1', 'offset'],
  ['colour=red', 'colour'],
];

test.each(BAD_QUERIES)('when ?%s, then 400 problem+json naming %s', async (query, parameter) => {
  const reply = await getJson<Problem>(app.baseUrl, `/api/associations?${query}`);
  expect(reply.status).toBe(400);
  expect(reply.contentType).toContain('application/problem+json');
  expect(reply.body).toMatchObject({
    status: 400,
    title: 'Bad request',
    type: '/problems/bad-request',
    code: 'invalid_parameter',
  });
  expect(reply.body.detail).toContain(parameter);
  expect(reply.body.errors?.map((error) => error.field)).toContain(parameter);
});

test('when the same bad parameters reach /api/stats, then it refuses them the same way', async () => {
  const reply = await getJson<Problem>(app.baseUrl, '/api/stats?kind=federal&bbox=1,2');
  expect(reply.status).toBe(400);
  expect(reply.body.errors?.map((error) => error.field).sort()).toEqual(['bbox', 'kind']);
});

test('when a hostile search text arrives, then it is only ever data', async () => {
  const reply = await getJson<{ numberMatched: number }>(
    app.baseUrl,
    `/api/associations?q=${encodeURIComponent("%' OR 1=1; --")}`,
  );
  expect(reply.status).toBe(200);
  const [row] = await app.db('associations').count<{ count: number }[]>('* as count');
  expect(row?.count).toBeGreaterThan(0);
  // Were it spliced into the SQL, "OR 1=1" would match every association.
  expect(reply.body.numberMatched).toBeLessThan(row?.count ?? 0);
});

// PostgreSQL refuses NUL in text: a control character must be refused at the edge, before any query is built.
const CONTROL_CHARACTER_URLS: [string, string][] = [
  ['/api/associations?q=%00', 'q'],
  ['/api/stats?q=%00', 'q'],
  ['/api/search?q=%00', 'q'],
  ['/api/associations/export?q=%00', 'q'],
  ['/tiles/associations/0/0/0.mvt?q=%00', 'q'],
  ['/ogc/collections/associations/items?q=%00', 'q'],
  ['/api/associations?q=%D9%82%D9%86%D8%A7%01', 'q'],
  ['/api/stats?governorate=EG-KN%00', 'governorate'],
  ['/api/partners?lon=32.7&lat=26.1&sector=health%1F', 'sector'],
  ['/api/associations?colour=%7F', 'colour'],
];

test.each(CONTROL_CHARACTER_URLS)(
  'when GET %s, then 400 problem+json invalid_parameter naming %s',
  async (path, parameter) => {
    const reply = await getJson<Problem>(app.baseUrl, path);
    expect(reply.status).toBe(400);
    expect(reply.contentType).toContain('application/problem+json');
    expect(reply.body).toMatchObject({ status: 400, type: '/problems/bad-request', code: 'invalid_parameter' });
    expect(reply.body.errors).toEqual([
      { field: parameter, code: 'control_characters', message: 'must not contain control characters' },
    ]);
  },
);

test('when a search text carries right-to-left marks, then they are text, not control characters', async () => {
  const reply = await getJson<{ numberMatched: number }>(
    app.baseUrl,
    `/api/associations?q=${encodeURIComponent('\u200fقنا\u200e')}`,
  );
  expect(reply.status).toBe(200);
});

test.each([
  ['/api/associations/abc', 400],
  ['/api/associations/-3', 400],
  ['/api/associations/99999999999', 400],
  ['/api/associations/999999999', 404],
])('when GET %s, then %i problem+json', async (path, status) => {
  const reply = await getJson<Problem>(app.baseUrl, path);
  expect(reply.status).toBe(status);
  expect(reply.contentType).toContain('application/problem+json');
});

test('when /api/districts gets a malformed governorate, then 400', async () => {
  const reply = await getJson<Problem>(app.baseUrl, '/api/districts?governorate=Qena');
  expect(reply.status).toBe(400);
  expect(reply.body.errors?.[0]?.field).toBe('governorate');
});
