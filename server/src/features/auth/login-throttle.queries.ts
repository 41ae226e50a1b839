// Login throttling per account and per address, counted in PostgreSQL so it holds across server processes.
import type { Db } from '../../db';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export async function recordLoginAttempt(db: Db, email: string, address: string, succeeded: boolean): Promise<void> {
  await db('login_attempts').insert({ email: email.toLowerCase(), address, succeeded });
}

/** Seconds until another try is allowed, or 0 when it is allowed now. */
export async function secondsUntilLoginAllowed(db: Db, email: string, address: string): Promise<number> {
  const result = await db.raw<{ rows: { wait: number | null }[] }>(
    `WITH recent AS (
       SELECT email, address, attempted_at FROM login_attempts
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => ?)
          AND (email = ? OR address = ?)),
     blocked AS (
       SELECT (SELECT min(attempted_at) FROM (SELECT attempted_at FROM recent WHERE email = ?
                 ORDER BY attempted_at DESC LIMIT ?) e HAVING count(*) >= ?) AS by_account,
              (SELECT min(attempted_at) FROM (SELECT attempted_at FROM recent WHERE address = ?
                 ORDER BY attempted_at DESC LIMIT ?) a HAVING count(*) >= ?) AS by_address)
     SELECT ceil(extract(epoch FROM greatest(by_account, by_address) + make_interval(mins => ?) - now()))::int AS wait
       FROM blocked`,
    [
      THROTTLE_WINDOW_MINUTES,
      email.toLowerCase(),
      address,
      email.toLowerCase(),
      MAX_FAILURES_PER_ACCOUNT,
      MAX_FAILURES_PER_ACCOUNT,
      address,
      MAX_FAILURES_PER_ADDRESS,
      MAX_FAILURES_PER_ADDRESS,
      THROTTLE_WINDOW_MINUTES,
    ],
  );
  return Math.max(0, result.rows[0]?.wait ?? 0);
}

/** A successful login clears the account's failures. */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db('login_attempts').where({ email: email.toLowerCase(), succeeded: false }).delete();
}
