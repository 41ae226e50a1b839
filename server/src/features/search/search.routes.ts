// GET /api/search?q=: suggestions as you type, associations first, then villages.
import { Router } from 'express';
import { z } from 'zod';
import { governorateCode } from '../../../../contracts/codes';
import { anyOf, integerParam, single } from '../../../../contracts/query-params';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { searchAssociations, searchVillages } from './search.queries';

const searchQuery = z.strictObject({
  q: single(z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters')),
  governorate: anyOf(governorateCode).optional(),
  limit: integerParam(1, 50).default(8),
});

export function searchRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const query = parseQuery(searchQuery, req.query);
    const [associations, villages] = await Promise.all([searchAssociations(db, query), searchVillages(db, query)]);
    res.json({ results: [...associations, ...villages] });
  });
  return router;
}
