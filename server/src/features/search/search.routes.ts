// GET /api/search?q=: suggestions as you type, associations first, then villages.
import { Router } from 'express';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { searchAssociations, searchVillages } from './search.queries';
import { searchQuery } from '../../../../contracts/search';

export function searchRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const query = parseQuery(searchQuery, req.query);
    const [associations, villages] = await Promise.all([searchAssociations(db, query), searchVillages(db, query)]);
    res.json({ results: [...associations, ...villages] });
  });
  return router;
}
