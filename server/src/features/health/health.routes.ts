// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers and is migrated).
import { Router } from 'express';
import { isMigrated, type Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';

export function healthRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    let migrated: boolean;
    try {
      migrated = await isMigrated(db);
    } catch (error) {
      throw new HttpProblem('unavailable', 'The database cannot be reached', undefined, { cause: error });
    }
    if (!migrated) throw new HttpProblem('unavailable', 'The database has migrations still to run');
    res.json({ status: 'ready' });
  });
  return router;
}
