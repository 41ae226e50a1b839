// Sessions in PostgreSQL so every server process shares them; the cookie holds a random token, the table its hash.
import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../../../contracts/auth';
import type { Db } from '../../db';

export const SESSION_DAYS = 7;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionUser {
  user: CurrentUser;
  csrfToken: string;
}

/** Returns the new session's cookie token and CSRF token. */
export async function createSession(db: Db, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db('sessions').insert({
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    expires_at: db.raw(`now() + make_interval(days => ?)`, [SESSION_DAYS]),
  });
  return { token, csrfToken };
}

/** Returns null when the token is unknown, expired, or its user is disabled. */
export async function findSessionUser(db: Db, token: string): Promise<SessionUser | null> {
  const row = await db('sessions as s')
    .join('users as u', 'u.id', 's.user_id')
    .where('s.token_hash', hashToken(token))
    .where('s.expires_at', '>', db.fn.now())
    .where('u.disabled', false)
    .first<(CurrentUser & { csrfToken: string }) | undefined>(
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.governorates',
      'u.association_id as associationId',
      's.csrf_token as csrfToken',
    );
  if (!row) return null;
  const { csrfToken, ...user } = row;
  return { user, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db('sessions').where('token_hash', hashToken(token)).delete();
}

export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db('sessions').where('user_id', userId).delete();
}

/** Deletes the sessions past their expiry (retention.ts, hourly); returns how many. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  return db('sessions').where('expires_at', '<=', db.fn.now()).delete();
}
