// HTTP routes for the administrative boundaries: governorates and their districts.
import { Router } from 'express';
import { z } from 'zod';
import { districtCode, governorateCode } from '../../../../contracts/codes';
import { anyOf, booleanParam } from '../../../../contracts/query-params';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { listDistrictsJson, listGovernoratesJson } from './boundaries.queries';

const governoratesQuery = z.strictObject({
  code: anyOf(governorateCode).optional(),
  geometry: booleanParam.default(false),
});

const districtsQuery = z.strictObject({
  governorate: anyOf(governorateCode).optional(),
  code: anyOf(districtCode).optional(),
  geometry: booleanParam.default(false),
});

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
