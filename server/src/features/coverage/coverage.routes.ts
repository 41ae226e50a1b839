// GET /api/coverage?governorate=: per-district figures, coverage gaps and unused social units.
import { Router } from 'express';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { computeCoverage } from './coverage.service';
import { coverageQuery } from '../../../../contracts/coverage';

export function coverageRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/coverage', async (req, res) => {
    res.json(await computeCoverage(db, parseQuery(coverageQuery, req.query)));
  });
  return router;
}
