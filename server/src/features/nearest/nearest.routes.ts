// GET /api/nearest: the public's service finder — nearest active associations offering a sector or a resource.
import { Router } from 'express';
import { nearestQuery } from '../../../../contracts/nearest';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { findNearest } from './nearest.queries';

export function nearestRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/nearest', async (req, res) => {
    res.json(await findNearest(db, parseQuery(nearestQuery, req.query)));
  });
  return router;
}
