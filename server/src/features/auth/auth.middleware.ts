// Reads the session cookie into req.auth, and refuses state-changing requests that fail the CSRF checks.
import type { RequestHandler } from 'express';
import { parse as parseCookies } from 'cookie';
import { CSRF_HEADER } from '../../../../contracts/auth';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { ANONYMOUS } from '../../http/request-context';
import { findSessionUser } from './sessions.queries';

export const SESSION_COOKIE = 'atlas_session';
/** A browser that signed in to an account (login-throttle.queries.ts); sent to POST /api/auth/login only. */
export const DEVICE_COOKIE = 'atlas_device';

export function sessionMiddleware(db: Db): RequestHandler {
  return async (req, _res, next) => {
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const found = token ? await findSessionUser(db, token) : null;
    req.auth = found ? { user: found.user, csrfToken: found.csrfToken, sessionToken: token ?? null } : ANONYMOUS;
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Every state-changing request must come from our own origin (Origin header, when sent, matches the host)
 * and, with a session, carry the session's CSRF token in the X-CSRF-Token header. JSON bodies only are
 * parsed, so a cross-site HTML form cannot post one either.
 */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  const origin = req.headers.origin;
  if (origin && hostOf(origin) !== req.headers.host) {
    throw new HttpProblem('forbidden', 'Cross-origin requests may not change anything', undefined, {
      code: 'cross_origin',
    });
  }
  if (req.auth.csrfToken && req.get(CSRF_HEADER) !== req.auth.csrfToken) {
    throw new HttpProblem(
      'forbidden',
      `Missing or wrong ${CSRF_HEADER} header (read it from GET /api/auth/me)`,
      undefined,
      { code: 'csrf_token_invalid' },
    );
  }
  next();
};
