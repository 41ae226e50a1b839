// What retention deletes: rows the app no longer reads. Expired sessions are never honoured again; a login attempt
// older than the throttle window no longer counts; a device cookie outlives its last sign-in by a year at most.
// The audit log is not touched here: it is the record.
import type { Db } from '../../db';
import { DEVICE_COOKIE_DAYS, THROTTLE_WINDOW_MINUTES } from './login-throttle.queries';
import { purgeExpiredSessions } from './sessions.queries';

export interface Purged {
  sessions: number;
  loginAttempts: number;
  devices: number;
}

/** Every throttle query looks back `THROTTLE_WINDOW_MINUTES` and no further. */
export async function purgeStaleLoginAttempts(db: Db): Promise<number> {
  return db('login_attempts')
    .where('attempted_at', '<=', db.raw('now() - make_interval(mins => ?)', [THROTTLE_WINDOW_MINUTES]))
    .delete();
}

/** A device whose cookie has expired in every browser that held it. */
export async function purgeForgottenDevices(db: Db): Promise<number> {
  return db('login_devices')
    .where('last_seen_at', '<=', db.raw('now() - make_interval(days => ?)', [DEVICE_COOKIE_DAYS]))
    .delete();
}

export async function purgeStaleAuthRows(db: Db): Promise<Purged> {
  return {
    sessions: await purgeExpiredSessions(db),
    loginAttempts: await purgeStaleLoginAttempts(db),
    devices: await purgeForgottenDevices(db),
  };
}
