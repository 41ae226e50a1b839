// Throttling that stops guessing without locking people out: a flood of failed sign-ins from one address, for made-up
// accounts and for the admin's own, blocks that address and unknown browsers — but the admin's browser, which signed
// in before, still gets in; the back-off doubles; a forged X-Forwarded-For is not believed without TRUST_PROXY.
import {
  FREE_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_DEVICE,
} from '../../server/src/features/auth/login-throttle.queries';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { createMigratedDatabase } from '../support/scratch-database';
import { SessionClient } from '../support/session-client';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'correct horse battery staple';
let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
let app: TestApp;

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_login_throttle');
  for (const email of ['admin@qena.gov.eg', 'backoff@qena.gov.eg', 'clumsy@qena.gov.eg']) {
    await createUserAccount(scratch.db, { email, password: PASSWORD, role: 'admin', governorates: [] });
  }
  app = await startTestApp(scratch.url);
});
beforeEach(() => scratch.db('login_attempts').delete());
afterAll(async () => {
  await app.stop();
  await scratch.drop();
});

test('when one address floods sign-in, then it and new browsers wait; the admin’s own browser gets in', async () => {
  const admin = new SessionClient(app.baseUrl);
  // this browser now holds a device cookie
  expect((await admin.signIn('admin@qena.gov.eg', PASSWORD)).status).toBe(200);
  expect((await admin.request('POST', '/api/auth/logout')).status).toBe(204);

  const attacker = new SessionClient(app.baseUrl);
  const statuses: number[] = [];
  for (let i = 0; i < 25; i += 1) {
    const forged = { 'x-forwarded-for': `203.0.113.${i}` }; // not believed: TRUST_PROXY is not set
    statuses.push(
      (
        await attacker.request(
          'POST',
          '/api/auth/login',
          { email: `nobody${i}@qena.gov.eg`, password: 'guess' },
          forged,
        )
      ).status,
    );
  }
  expect(statuses.slice(0, MAX_FAILURES_PER_ADDRESS).every((status) => status === 401)).toBe(true);
  expect(statuses.slice(MAX_FAILURES_PER_ADDRESS)).toEqual(Array(25 - MAX_FAILURES_PER_ADDRESS).fill(429));

  // the address is free again: what follows is the account's
  await scratch.db('login_attempts').whereLike('email', 'nobody%').delete();
  for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i += 1) {
    await scratch
      .db('login_attempts')
      .insert({ email: 'admin@qena.gov.eg', address: `198.51.100.${i}`, succeeded: false });
  }
  const stranger = await new SessionClient(app.baseUrl).signIn('admin@qena.gov.eg', PASSWORD);
  expect(stranger.status).toBe(429); // an unknown browser waits, even with the right password
  expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);

  const again = await admin.signIn('admin@qena.gov.eg', PASSWORD);
  expect(again.status).toBe(200); // the known device is counted on its own
});

test('when failures from unknown browsers go on, then the wait doubles each time, up to the window', async () => {
  const waitAfter = async (failures: number) => {
    await scratch.db('login_attempts').where({ email: 'backoff@qena.gov.eg' }).delete();
    await scratch.db('login_attempts').insert(
      Array.from({ length: failures }, (_, i) => ({
        email: 'backoff@qena.gov.eg',
        address: `192.0.2.${i}`,
        succeeded: false,
      })),
    );
    const reply = await new SessionClient(app.baseUrl).signIn('backoff@qena.gov.eg', PASSWORD);
    return reply.status === 429 ? Number(reply.headers.get('retry-after')) : 0;
  };
  expect(await waitAfter(FREE_FAILURES_PER_ACCOUNT - 1)).toBe(0);
  const first = await waitAfter(FREE_FAILURES_PER_ACCOUNT);
  const second = await waitAfter(FREE_FAILURES_PER_ACCOUNT + 1);
  const third = await waitAfter(FREE_FAILURES_PER_ACCOUNT + 2);
  expect(first).toBeGreaterThan(25);
  expect(first).toBeLessThanOrEqual(30);
  expect(Math.round(second / first)).toBe(2);
  expect(Math.round(third / first)).toBe(4);
  expect(await waitAfter(FREE_FAILURES_PER_ACCOUNT + 20)).toBeLessThanOrEqual(15 * 60);
});

test('when a known device keeps failing, then that device alone is held off', async () => {
  const clumsy = new SessionClient(app.baseUrl);
  expect((await clumsy.signIn('clumsy@qena.gov.eg', PASSWORD)).status).toBe(200);
  for (let i = 0; i < MAX_FAILURES_PER_DEVICE; i += 1)
    expect((await clumsy.signIn('clumsy@qena.gov.eg', `wrong ${i}`)).status).toBe(401);
  expect((await clumsy.signIn('clumsy@qena.gov.eg', PASSWORD)).status).toBe(429);
  const elsewhere = await new SessionClient(app.baseUrl).signIn('clumsy@qena.gov.eg', PASSWORD);
  expect(elsewhere.status).toBe(200); // failures on a known device are not the account's
});
