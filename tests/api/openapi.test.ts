// The OpenAPI document: valid OpenAPI 3.1, one operation per route the app registers (and no more), and
// parameters the routes really take; readable at /api/docs.
import { validate } from '@readme/openapi-parser';
import { loadConfig } from '../../server/src/config';
import { createApp } from '../../server/src/app';
import { TILE_ROUTE } from '../../server/src/features/tiles/tile-handler';
import { createDb } from '../../server/src/db';
import { createLogger } from '../../server/src/logger';
import { API_OPERATIONS } from '../../server/src/features/openapi/api-operations';
import { buildOpenApiDocument } from '../../server/src/features/openapi/openapi-document';
import { SHARED_DATABASE_ENV } from '../support/global-setup';
import { startTestApp, type TestApp } from '../support/test-app';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** `METHOD /path/{param}` of every route in an Express router stack, mounted routers included. */
function routesOf(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const openApiPath = layer.route.path.replace(/:(\w+)/g, '{$1}');
      return Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${openApiPath}`);
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

test('the document is valid OpenAPI 3.1', async () => {
  const document = buildOpenApiDocument();
  expect(document.openapi).toBe('3.1.0');
  const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
  expect(result).toMatchObject({ valid: true });
});

test('every route the app registers is documented, and every documented operation is a route', async () => {
  const url = process.env[SHARED_DATABASE_ENV] ?? '';
  const db = createDb(url, 1);
  try {
    const express = createApp({
      config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: url }),
      db,
      logger: createLogger('silent'),
      clientDir: '/nonexistent',
    });
    // Tiles are answered ahead of Express (server/src/features/tiles/tile-handler.ts).
    const registered = [
      ...routesOf((express.router as unknown as { stack: Layer[] }).stack),
      `GET ${TILE_ROUTE}`,
    ].sort();
    const documented = API_OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort();
    expect(documented).toEqual(registered);
  } finally {
    await db.destroy();
  }
});

/** The path with real values for its parameters: an association id, the associations collection, tile 0/0/0. */
const withSampleIds = async (path: string) => {
  const first = await app.db('associations').whereNull('deleted_at').orderBy('id').first<{ id: number }>('id');
  const id = String(first.id);
  const samples: Record<string, string> = { id, featureId: id, collectionId: 'associations', z: '0', x: '0', y: '0' };
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => samples[name] ?? name);
};

const queried = API_OPERATIONS.filter((op) => op.method === 'get' && op.query && !op.access);

test.each(queried.map((op) => [op.path, op] as const))(
  '%s takes every parameter the document gives it',
  async (_path, op) => {
    const path = await withSampleIds(op.path);
    for (const name of Object.keys(op.query?.shape ?? {})) {
      const reply = await fetch(`${app.baseUrl}${path}?${encodeURIComponent(name)}=%40%40`);
      const text = await reply.text();
      const unknown =
        reply.status === 400 &&
        (JSON.parse(text) as { errors?: { field: string; message: string }[] }).errors?.some(
          (error) => error.field.split(', ').includes(name) && error.message === 'is not a known parameter',
        );
      expect([name, unknown]).toEqual([name, false]);
    }
  },
);

test('the OpenAPI media type is given to clients that ask for it, plain JSON to the rest', async () => {
  const plain = await fetch(`${app.baseUrl}/api/openapi.json`);
  expect(plain.headers.get('content-type')).toContain('application/json');
  const asked = await fetch(`${app.baseUrl}/api/openapi.json`, {
    headers: { accept: 'application/vnd.oai.openapi+json;version=3.1' },
  });
  expect(asked.headers.get('content-type')).toContain('application/vnd.oai.openapi+json');
  expect(await asked.json()).toEqual(buildOpenApiDocument());
});

test('when /api/docs is opened, then it shows every operation and schema, loading nothing from elsewhere', async () => {
  const reply = await fetch(`${app.baseUrl}/api/docs`);
  expect(reply.headers.get('content-type')).toContain('text/html');
  const page = await reply.text();
  for (const op of API_OPERATIONS) expect(page).toContain(`${op.method.toUpperCase()} ${op.path}`);
  expect(page).toContain('id="schema-AssociationProfile"');
  expect(page).not.toMatch(/<script|<link|src="http|href="https?:\/\/(?!127\.0\.0\.1)/);
});
