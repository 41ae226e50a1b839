// Replies through Express are gzipped for clients that take gzip, and sent as they are for those that do not.
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

test.each([
  '/api/associations?governorate=EG-KN&limit=500',
  '/api/districts?geometry=true',
  '/ogc/collections/associations/items?limit=200',
])('when %s is asked with and without gzip, then the same document comes, gzipped only when asked', async (path) => {
  const gzipped = await fetch(`${app.baseUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  const plain = await fetch(`${app.baseUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
  expect([gzipped.status, gzipped.headers.get('content-encoding'), gzipped.headers.get('vary')]).toEqual([
    200,
    'gzip',
    expect.stringContaining('Accept-Encoding'),
  ]);
  expect([plain.status, plain.headers.get('content-encoding')]).toEqual([200, null]);
  const [a, b] = [(await gzipped.json()) as { timeStamp?: string }, (await plain.json()) as { timeStamp?: string }];
  expect({ ...a, timeStamp: null }).toEqual({ ...b, timeStamp: null });
});
