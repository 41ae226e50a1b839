// What the auth middleware attaches to every request: the signed-in user (null for the public) and session tokens.
import type { CurrentUser } from '../../../contracts/auth';

export interface RequestAuth {
  user: CurrentUser | null;
  csrfToken: string | null;
  sessionToken: string | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      auth: RequestAuth;
    }
  }
}

export const ANONYMOUS: RequestAuth = Object.freeze({ user: null, csrfToken: null, sessionToken: null });
