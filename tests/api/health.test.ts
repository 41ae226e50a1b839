// Liveness and readiness against the real, migrated test database: readiness answers at once however busy the app's
// pool is, says 503 while the database is gone, and recovers by itself when it is back.
import { Client } from 'pg';
import { withDefaultUser } from '../../server/src/db';
import { getJson } from '../support/http';
import { createMigratedDatabase } from '../support/scratch-database';
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

describe('on a database of its own', () => {
  let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let own: TestApp;
  beforeAll(async () => {
    scratch = await createMigratedDatabase('civic_atlas_health');
    own = await startTestApp(scratch.url, { env: { DATABASE_POOL_MAX: '2' } });
  });
  afterAll(async () => {
    await own.stop();
    await scratch.drop();
  });

  test('when every connection of the app pool is busy, then /readyz still answers at once from its own', async () => {
    const client = own.db.client as {
      acquireConnection: () => Promise<unknown>;
      releaseConnection: (c: unknown) => Promise<void>;
    };
    const held = [await client.acquireConnection(), await client.acquireConnection()];
    try {
      const started = performance.now();
      const reply = await getJson(own.baseUrl, '/readyz');
      expect(reply.status).toBe(200);
      // before: it waited for the app pool (60 s acquire timeout)
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      for (const connection of held) await client.releaseConnection(connection);
    }
  });

  test('when the database goes away, then /readyz is 503, and once it is back the server recovers', async () => {
    const server = new URL(scratch.url);
    server.pathname = '/postgres';
    const admin = new Client({ connectionString: withDefaultUser(server.toString()) });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${scratch.name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [scratch.name]);
      const down = await getJson<{ status: number }>(own.baseUrl, '/readyz');
      expect(down.status).toBe(503);
    } finally {
      await admin.query(`ALTER DATABASE ${scratch.name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    let ready = 0;
    for (let tries = 0; tries < 20 && ready !== 200; tries += 1) {
      ready = (await getJson(own.baseUrl, '/readyz')).status;
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(ready).toBe(200);
    expect((await getJson(own.baseUrl, '/api/associations?limit=1')).status).toBe(200);
  });
});
