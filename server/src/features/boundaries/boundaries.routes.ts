// HTTP routes for the administrative boundaries: governorates and their districts.
import { Router } from 'express';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { listDistrictsJson, listGovernoratesJson } from './boundaries.queries';
import { districtsQuery, governoratesQuery } from '../../../../contracts/boundaries';

export function boundaryRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.get('/api/governorates', async (req, res) => {
    const query = parseQuery(governoratesQuery, req.query);
    res.type('json').send(await listGovernoratesJson(db, { codes: query.code, withGeometry: query.geometry }));
  });

  router.get('/api/districts', async (req, res) => {
    const query = parseQuery(districtsQuery, req.query);
    const json = await listDistrictsJson(db, {
      codes: query.code,
      governorates: query.governorate,
      withGeometry: query.geometry,
    });
    res.type('json').send(json);
  });

  return router;
}
