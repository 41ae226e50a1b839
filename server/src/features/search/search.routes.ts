// GET /api/search?q=: suggestions as you type, associations first, then villages; `type` keeps one kind.
import { Router } from 'express';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { searchAssociations, searchVillages } from './search.queries';
import { searchQuery, type SuggestionType } from '../../../../contracts/search';

export function searchRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const query = parseQuery(searchQuery, req.query);
    const wanted = (type: SuggestionType) => !query.type || query.type.includes(type);
    const [associations, villages] = await Promise.all([
      wanted('association') ? searchAssociations(db, query) : [],
      wanted('village') ? searchVillages(db, query) : [],
    ]);
    res.json({ results: [...associations, ...villages] });
  });
  return router;
}
