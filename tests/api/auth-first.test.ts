// Authentication and authorisation come before input: every route is enumerated from the app's own router, and each
// write (and each guarded read) refuses the public with 401 and a role that may never do it with 403 — whatever
// body, parameters or upload it was sent — so no one unentitled learns the contract or makes the server work.
import type { Router } from 'express';
import { loadConfig } from '../../server/src/config';
import { createApp } from '../../server/src/app';
import { createLogger } from '../../server/src/logger';
import type { Guard } from '../../server/src/features/auth/permissions';
import { startImportWorld, type ImportWorld } from '../support/fixtures/import-world';

interface Route {
  method: string;
  path: string;
  guard: Guard['guards'] | null;
}

/** Writes anyone may send: signing in and out. */
const OPEN_WRITES = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);

type Layer = {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: Partial<Guard> }[] };
  handle: { stack?: Layer[] };
};

function routesOf(stack: Layer[]): Route[] {
  return stack.flatMap((layer) => {
    if (layer.handle.stack) return routesOf(layer.handle.stack);
    if (!layer.route) return [];
    const { path, methods, stack: handlers } = layer.route;
    const guard = handlers[0]?.handle.guards ?? null;
    return Object.keys(methods)
      .filter((method) => method !== '_all')
      .map((method) => ({ method: method.toUpperCase(), path, guard }));
  });
}

let world: ImportWorld;
let routes: Route[];

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_auth_first');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://unused@127.0.0.1/none',
  });
  const app = createApp({ config, db: world.db, logger: createLogger('silent') }) as unknown as {
    router: Router & { stack: Layer[] };
  };
  routes = routesOf(app.router.stack);
});
afterAll(() => world.stop());

const concrete = (path: string) => path.replace(/:\w+/g, '1');
const isWrite = (route: Route) => !['GET', 'HEAD'].includes(route.method);

test('the router is enumerated, and every write but signing in and out is guarded', () => {
  expect(routes.length).toBeGreaterThan(30);
  const writes = routes.filter(isWrite).map((route) => `${route.method} ${route.path}`);
  expect(writes).toEqual(
    expect.arrayContaining(['POST /api/associations', 'PATCH /api/associations/:id', 'POST /api/imports/:id/commit']),
  );
  const unguarded = routes.filter(
    (route) => isWrite(route) && route.guard === null && !OPEN_WRITES.has(`${route.method} ${route.path}`),
  );
  expect(unguarded).toEqual([]);
});

test('when the public calls a guarded route with a body that is not even JSON, then it is 401, not 400', async () => {
  const guarded = routes.filter((route) => route.guard !== null);
  expect(guarded.length).toBeGreaterThan(12);
  for (const route of guarded) {
    const response = await fetch(`${world.baseUrl}${concrete(route.path)}?limit=-1&x=%00`, {
      method: route.method,
      headers: { 'content-type': 'application/json' },
      ...(isWrite(route) ? { body: '{"not json' } : {}),
    });
    expect([`${route.method} ${route.path}`, response.status, response.headers.get('content-type')]).toEqual([
      `${route.method} ${route.path}`,
      401,
      expect.stringContaining('problem+json'),
    ]);
  }
});

test('when an official (no imports, edits or accounts) calls them with a wrong body, then 403, not 400', async () => {
  const forbidden = routes.filter(
    (route) =>
      route.guard !== null && route.guard !== 'association:read-sensitive' && route.guard !== 'audit:read-actors',
  );
  for (const route of forbidden) {
    const reply = await world.as.official.json(
      route.method,
      concrete(route.path),
      isWrite(route) ? { unexpected: true } : undefined,
    );
    expect([`${route.method} ${route.path}`, reply.status]).toEqual([`${route.method} ${route.path}`, 403]);
  }
});

test('when the public sends an upload to the import, then it is refused before it is stored', async () => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(5 * 1024 * 1024)]), 'big.csv');
  const response = await fetch(`${world.baseUrl}/api/imports`, { method: 'POST', body: form });
  expect(response.status).toBe(401);
});
