// Login throttling that stops guessing without locking people out (OWASP's device-cookie scheme), counted in
// PostgreSQL so it holds across server processes:
// - a browser that signed in to an account holds a device cookie for it; its failures are counted for that device
//   alone, so no flood from elsewhere can lock it out;
// - failures from unknown browsers are counted per account, with a back-off that doubles from the fifth failure
//   (30 s, 1 min, 2 min … at most the window), and per address.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failures from unknown browsers an account takes before the back-off starts. */
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const BACKOFF_FIRST_SECONDS = 30;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MAX_FAILURES_PER_DEVICE = 10;
export const DEVICE_COOKIE_DAYS = 365;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Who is trying: the account, the address, and the known device's hash (null for a browser unknown to the account). */
export interface LoginAttempt {
  email: string;
  address: string;
  device: string | null;
}

/** The hash of `token` when it is a device cookie this account issued; else null. */
export async function knownDevice(db: Db, email: string, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const hash = hashToken(token);
  const found = await db('login_devices')
    .where({ token_hash: hash, email: email.toLowerCase() })
    .first<{ token_hash: string } | undefined>('token_hash');
  return found ? hash : null;
}

/** A new device cookie's token for the account, or the same device seen again. */
export async function rememberDevice(db: Db, email: string, device: string | null): Promise<string | null> {
  if (device) {
    await db('login_devices').where({ token_hash: device }).update({ last_seen_at: db.fn.now() });
    return null;
  }
  const token = randomBytes(32).toString('base64url');
  await db('login_devices').insert({ token_hash: hashToken(token), email: email.toLowerCase() });
  return token;
}

export async function recordLoginAttempt(db: Db, attempt: LoginAttempt, succeeded: boolean): Promise<void> {
  await db('login_attempts').insert({
    email: attempt.email.toLowerCase(),
    address: attempt.address,
    device: attempt.device,
    succeeded,
  });
}

/**
 * Seconds until another try is allowed (0: now). A known device waits only for its own failures; an unknown
 * browser for the account's failures from unknown browsers (doubling back-off) and for its address's.
 */
export async function secondsUntilLoginAllowed(db: Db, attempt: LoginAttempt): Promise<number> {
  const result = await db.raw<{ rows: { wait: number | null }[] }>(
    `WITH recent AS (
       SELECT email, address, device, attempted_at FROM login_attempts
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => :window)
          AND (email = :email OR address = :address)),
     device AS (
       SELECT max(attempted_at) + make_interval(mins => :window) AS until FROM recent
        WHERE :device::text IS NOT NULL AND email = :email AND device = :device
       HAVING count(*) >= :perDevice),
     account AS (
       SELECT max(attempted_at) + make_interval(secs => least(:backoff * 2 ^ (count(*) - :free), :window * 60)) AS until
         FROM recent
        WHERE :device::text IS NULL AND email = :email AND device IS NULL
       HAVING count(*) >= :free),
     address AS (
       SELECT min(attempted_at) + make_interval(mins => :window) AS until
         FROM (SELECT attempted_at FROM recent WHERE :device::text IS NULL AND address = :address AND device IS NULL
                ORDER BY attempted_at DESC LIMIT :perAddress) a
       HAVING count(*) >= :perAddress)
     SELECT ceil(extract(epoch FROM greatest((SELECT until FROM device), (SELECT until FROM account),
                                             (SELECT until FROM address)) - now()))::int AS wait`,
    {
      window: THROTTLE_WINDOW_MINUTES,
      email: attempt.email.toLowerCase(),
      address: attempt.address,
      device: attempt.device,
      perDevice: MAX_FAILURES_PER_DEVICE,
      perAddress: MAX_FAILURES_PER_ADDRESS,
      free: FREE_FAILURES_PER_ACCOUNT,
      backoff: BACKOFF_FIRST_SECONDS,
    },
  );
  return Math.max(0, result.rows[0]?.wait ?? 0);
}

/** A successful login clears the failures counted against the way it came in: its device, or unknown browsers. */
export async function clearLoginFailures(db: Db, attempt: LoginAttempt): Promise<void> {
  await db('login_attempts')
    .where({ email: attempt.email.toLowerCase(), succeeded: false })
    .modify((query) => {
      if (attempt.device) query.where({ device: attempt.device });
      else query.whereNull('device');
    })
    .delete();
}
