// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me.
import { Router, type CookieOptions } from 'express';
import { loginInput } from '../../../../contracts/auth';
import type { Db } from '../../db';
import { jsonBody } from '../../http/json-body';
import { HttpProblem } from '../../http/http-problem';
import { parseInput } from '../../http/validate';
import { parse as parseCookies } from 'cookie';
import { DEVICE_COOKIE, SESSION_COOKIE } from './auth.middleware';
import {
  clearLoginFailures,
  DEVICE_COOKIE_DAYS,
  knownDevice,
  recordLoginAttempt,
  rememberDevice,
  secondsUntilLoginAllowed,
} from './login-throttle.queries';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import { createSession, deleteSession, SESSION_DAYS } from './sessions.queries';
import { findUserByEmail, markLoggedIn } from '../users/users.queries';

const WRONG_CREDENTIALS = 'The email or the password is wrong';

export function authRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.post('/api/auth/login', jsonBody, async (req, res) => {
    const { email, password } = parseInput(loginInput, req.body, 'login');
    const device = await knownDevice(db, email, parseCookies(req.headers.cookie ?? '')[DEVICE_COOKIE]);
    const attempt = { email, address: req.ip ?? 'unknown', device };
    const wait = await secondsUntilLoginAllowed(db, attempt);
    if (wait > 0) {
      throw new HttpProblem('tooManyRequests', `Too many failed sign-ins; try again in ${wait} seconds`, undefined, {
        headers: { 'Retry-After': String(wait) },
      });
    }
    const account = await findUserByEmail(db, email);
    const valid = await verifyPassword(password, account?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!account || !valid || account.disabled) {
      await recordLoginAttempt(db, attempt, false);
      throw new HttpProblem('unauthorized', WRONG_CREDENTIALS, undefined, { code: 'invalid_credentials' });
    }
    const { user } = account;
    await Promise.all([
      recordLoginAttempt(db, attempt, true),
      clearLoginFailures(db, attempt),
      markLoggedIn(db, user.id),
    ]);
    const { token, csrfToken } = await createSession(db, user.id);
    const newDevice = await rememberDevice(db, email, device);
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(req.secure));
    if (newDevice) res.cookie(DEVICE_COOKIE, newDevice, deviceCookieOptions(req.secure));
    res.json({ user, csrfToken });
  });

  router.post('/api/auth/logout', async (req, res) => {
    if (req.auth.sessionToken) await deleteSession(db, req.auth.sessionToken);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req.secure));
    res.status(204).end();
  });

  router.get('/api/auth/me', (req, res) => {
    res.set('Cache-Control', 'no-store').json({ user: req.auth.user, csrfToken: req.auth.csrfToken });
  });

  return router;
}

/** httpOnly and SameSite=Lax always; Secure when the request came over HTTPS (directly or via TRUST_PROXY). */
function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_DAYS * 24 * 3600 * 1000 };
}

/** The device cookie goes only to sign-in, and outlives sessions: it is what lets a known browser in during a flood. */
function deviceCookieOptions(secure: boolean): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/api/auth/login',
    maxAge: DEVICE_COOKIE_DAYS * 24 * 3600 * 1000,
  };
}
