// Liveness and readiness against the real, migrated test database.
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

test('when the process is up, then /healthz answers ok', async () => {
  const reply = await getJson(app.baseUrl, '/healthz');
  expect(reply).toMatchObject({ status: 200, body: { status: 'ok' } });
});

test('when the database is reachable and migrated, then /readyz answers ready', async () => {
  const reply = await getJson(app.baseUrl, '/readyz');
  expect(reply).toMatchObject({ status: 200, body: { status: 'ready' } });
});

test('when a path does not exist, then the answer is a 404 problem', async () => {
  const reply = await getJson<{ status: number; detail: string }>(app.baseUrl, '/api/nothing-here');
  expect(reply.status).toBe(404);
  expect(reply.contentType).toContain('application/problem+json');
  expect(reply.body.detail).toContain('/api/nothing-here');
});
