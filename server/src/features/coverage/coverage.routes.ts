// GET /api/coverage?governorate=: per-district figures, coverage gaps and unused social units.
import { Router } from 'express';
import { z } from 'zod';
import { resourceNeed } from '../../../../contracts/association-filters';
import { governorateCode, vocabularyCode } from '../../../../contracts/codes';
import { single } from '../../../../contracts/query-params';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { computeCoverage } from './coverage.service';

const coverageQuery = z.strictObject({
  governorate: single(governorateCode),
  sector: single(vocabularyCode).optional(),
  resource: single(resourceNeed).optional(),
  radiusKm: single(z.string().regex(/^\d+(\.\d+)?$/, 'must be a number').transform(Number).pipe(z.number().gt(0).max(100))).default(5),
});

export function coverageRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/coverage', async (req, res) => {
    res.json(await computeCoverage(db, parseQuery(coverageQuery, req.query)));
  });
  return router;
}
