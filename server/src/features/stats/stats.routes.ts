// HTTP route for /api/stats: the same filters as the list, answered with totals and per-district figures.
import { Router } from 'express';
import { associationFilters } from '../../../../contracts/association-filters';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { computeStatsJson } from './stats.queries';

export function statsRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/stats', async (req, res) => {
    const filters = parseQuery(associationFilters, req.query);
    res.type('json').send(await computeStatsJson(db, filters));
  });
  return router;
}
