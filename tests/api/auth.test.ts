// Accounts: sign-in and out, sessions, throttling, CSRF, and a password that is never returned or logged.
import { Writable } from 'node:stream';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { createMigratedDatabase } from '../support/scratch-database';
import { SessionClient } from '../support/session-client';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'correct horse battery staple';
const logLines: string[] = [];
let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
let app: TestApp;

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_auth');
  await createUserAccount(scratch.db, {
    email: 'official@qena.gov.eg',
    password: PASSWORD,
    role: 'official',
    governorates: ['EG-KN'],
  });
  await createUserAccount(scratch.db, {
    email: 'throttled@qena.gov.eg',
    password: PASSWORD,
    role: 'official',
    governorates: ['EG-KN'],
  });
  const logTo = new Writable({
    write: (chunk, _encoding, done) => {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await startTestApp(scratch.url, { logTo });
});
afterAll(async () => {
  await app.stop();
  await scratch.drop();
});

test('when the public asks who it is, then the answer is nobody, with no CSRF token', async () => {
  const reply = await new SessionClient(app.baseUrl).request('GET', '/api/auth/me');
  expect(reply).toMatchObject({ status: 200, body: { user: null, csrfToken: null } });
});

test('when an official signs in, then a httpOnly SameSite cookie carries the session and me knows them', async () => {
  const client = new SessionClient(app.baseUrl);
  const login = await client.signIn('Official@Qena.gov.eg', PASSWORD);
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/atlas_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  const me = await client.request('GET', '/api/auth/me');
  expect(me.body).toMatchObject({ user: { email: 'official@qena.gov.eg', role: 'official', governorates: ['EG-KN'] } });
  expect(JSON.stringify(login.body)).not.toMatch(/password|scrypt/i);
});

test('when signing out, then the session no longer works', async () => {
  const client = new SessionClient(app.baseUrl);
  await client.signIn('official@qena.gov.eg', PASSWORD);
  expect((await client.request('POST', '/api/auth/logout')).status).toBe(204);
  const me = await client.request<{ user: unknown }>('GET', '/api/auth/me');
  expect(me.body.user).toBeNull();
});

test('when the password is wrong or the account unknown, then 401 with the same words', async () => {
  const wrong = await new SessionClient(app.baseUrl).signIn('official@qena.gov.eg', 'not the password');
  const unknown = await new SessionClient(app.baseUrl).signIn('nobody@qena.gov.eg', 'not the password');
  expect(wrong.status).toBe(401);
  expect(unknown.status).toBe(401);
  expect((wrong.body as { detail: string }).detail).toBe((unknown.body as { detail: string }).detail);
});

test('when the login body is malformed, then 400 naming the field', async () => {
  const reply = await new SessionClient(app.baseUrl).request<{ errors: { field: string }[] }>(
    'POST',
    '/api/auth/login',
    { email: 'not-an-email' },
  );
  expect(reply.status).toBe(400);
  expect(reply.body.errors.map((e) => e.field).sort()).toEqual(['email', 'password']);
});

test('when an account fails five times, then a sixth try is 429 with Retry-After, even if rightly typed', async () => {
  const client = new SessionClient(app.baseUrl);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    expect((await client.signIn('throttled@qena.gov.eg', `wrong ${attempt}`)).status).toBe(401);
  }
  const blocked = await client.signIn('throttled@qena.gov.eg', PASSWORD);
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
});

test('when a signed-in write has no CSRF token, then 403; with it, the request goes through', async () => {
  const client = new SessionClient(app.baseUrl);
  await client.signIn('official@qena.gov.eg', PASSWORD);
  const token = client.csrfToken;
  client.csrfToken = null;
  const refused = await client.request<{ detail: string }>('POST', '/api/auth/logout');
  expect(refused.status).toBe(403);
  expect(refused.body.detail).toMatch(/x-csrf-token/i);
  client.csrfToken = token;
  expect((await client.request('POST', '/api/auth/logout')).status).toBe(204);
});

test('when a write comes from another origin, then 403', async () => {
  const client = new SessionClient(app.baseUrl);
  await client.signIn('official@qena.gov.eg', PASSWORD);
  const reply = await client.request('POST', '/api/auth/logout', undefined, { origin: 'https://evil.example' });
  expect(reply.status).toBe(403);
});

test('the password is never in the logs, and the hash never leaves the database', async () => {
  const logs = logLines.join('');
  expect(logs.length).toBeGreaterThan(0);
  expect(logs).not.toContain(PASSWORD);
  expect(logs).not.toContain('scrypt$');
  const stored = await scratch
    .db('users')
    .where({ email: 'official@qena.gov.eg' })
    .first<{ password_hash: string }>('password_hash');
  expect(stored.password_hash).toMatch(/^scrypt\$/);
  expect(stored.password_hash).not.toContain(PASSWORD);
});

test('responses carry a content security policy that allows blob workers and nothing external', async () => {
  const response = await fetch(`${app.baseUrl}/healthz`);
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("worker-src 'self' blob:");
  expect(policy).not.toMatch(/https?:/);
});

test('a JSON body over the size limit gets 413, not a crash', async () => {
  const reply = await new SessionClient(app.baseUrl).request('POST', '/api/auth/login', {
    email: 'a@b.co',
    password: 'x'.repeat(2_000_000),
  });
  expect(reply.status).toBe(413);
});
