// GET /api/partners: ranked partner suggestions with the reasons for each.
import { Router } from 'express';
import { partnersQuery } from '../../../../contracts/partners';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { findPartners } from './partners.service';

export function partnerRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/partners', async (req, res) => {
    res.json(await findPartners(db, parseQuery(partnersQuery, req.query)));
  });
  return router;
}
