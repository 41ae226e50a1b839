// Retention: expired sessions and login attempts past the throttle window are purged at start and on a schedule;
// fresh ones and the audit log stay; the schedule's timer never holds the process and is cleared when it stops.
import { THROTTLE_WINDOW_MINUTES } from '../../server/src/features/auth/login-throttle.queries';
import { RETENTION_INTERVAL_MS, startRetention } from '../../server/src/features/auth/retention';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { createLogger } from '../../server/src/logger';
import { createMigratedDatabase } from '../support/scratch-database';
import { startTestApp } from '../support/test-app';

let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
let userId: number;

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_retention');
  userId = (
    await createUserAccount(scratch.db, {
      email: 'official@qena.gov.eg',
      password: 'a long enough password',
      role: 'official',
      governorates: ['EG-KN'],
    })
  ).id;
});
afterAll(() => scratch.drop());

/** One row of each kind that retention must delete, and one that it must keep, all tagged with `tag`. */
async function insertRows(tag: string): Promise<void> {
  const { db } = scratch;
  const ago = (minutes: number) => db.raw('now() - make_interval(mins => ?)', [minutes]);
  await db('sessions').insert([
    { token_hash: `${tag}-expired`, user_id: userId, csrf_token: 'x', expires_at: ago(1) },
    { token_hash: `${tag}-fresh`, user_id: userId, csrf_token: 'x', expires_at: ago(-60 * 24) },
  ]);
  await db('login_attempts').insert([
    {
      email: `${tag}-old@qena.gov.eg`,
      address: '192.0.2.1',
      succeeded: false,
      attempted_at: ago(THROTTLE_WINDOW_MINUTES + 1),
    },
    {
      email: `${tag}-recent@qena.gov.eg`,
      address: '192.0.2.1',
      succeeded: false,
      attempted_at: ago(THROTTLE_WINDOW_MINUTES - 1),
    },
  ]);
  await db('audit_log').insert({
    at: ago(3 * 365 * 24 * 60),
    actor_email: `${tag}@atlas.test`,
    action: 'update',
    entity: 'association',
    entity_id: 1,
  });
}

async function remaining(tag: string) {
  const { db } = scratch;
  const sessions = await db('sessions')
    .where('token_hash', 'like', `${tag}-%`)
    .orderBy('token_hash')
    .pluck('token_hash');
  const attempts = await db('login_attempts').where('email', 'like', `${tag}-%`).orderBy('email').pluck('email');
  const audit = await db('audit_log')
    .where({ actor_email: `${tag}@atlas.test` })
    .pluck('actor_email');
  return { sessions, attempts, audit };
}

const kept = (tag: string) => ({
  sessions: [`${tag}-fresh`],
  attempts: [`${tag}-recent@qena.gov.eg`],
  audit: [`${tag}@atlas.test`],
});

test('when the server starts, then expired sessions and old attempts go; fresh ones and audit log stay', async () => {
  await insertRows('start');
  const setInterval = jest.spyOn(global, 'setInterval');
  const clearInterval = jest.spyOn(global, 'clearInterval');
  try {
    const app = await startTestApp(scratch.url);
    expect(await remaining('start')).toEqual(kept('start'));

    // The hourly timer does not hold the process open, and stopping the server clears it.
    const scheduled = setInterval.mock.calls.findIndex(([, ms]) => ms === RETENTION_INTERVAL_MS);
    expect(scheduled).toBeGreaterThanOrEqual(0);
    const timer = setInterval.mock.results[scheduled]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    expect(clearInterval).not.toHaveBeenCalledWith(timer);
    await app.stop();
    expect(clearInterval).toHaveBeenCalledWith(timer);
  } finally {
    setInterval.mockRestore();
    clearInterval.mockRestore();
  }
});

test('when the interval passes, then what went stale since is purged; after stop, nothing more is', async () => {
  const logged: string[] = [];
  const logger = createLogger('info', 'retention-test', { write: (line: string) => void logged.push(line) });
  const retention = await startRetention(scratch.db, logger, 50);
  await insertRows('timer');
  for (let waited = 0; waited < 5000 && (await remaining('timer')).sessions.length > 1; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(await remaining('timer')).toEqual(kept('timer'));
  expect(logged.some((line) => /"purged":\{"sessions":1,"loginAttempts":1,"devices":0\}/.test(line))).toBe(true);

  await retention.stop();
  await insertRows('stopped');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await remaining('stopped')).sessions).toEqual(['stopped-expired', 'stopped-fresh']);
  expect((await remaining('stopped')).attempts).toHaveLength(2);
});
