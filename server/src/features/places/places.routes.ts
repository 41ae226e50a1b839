// GET /api/villages and /api/social-units: point layers for the basemap and for coverage.
import { Router } from 'express';
import { z } from 'zod';
import { districtCode, governorateCode, SOCIAL_UNIT_STATUSES } from '../../../../contracts/codes';
import { anyOf } from '../../../../contracts/query-params';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { placesAsGeoJson } from './places.queries';

const villagesQuery = z.strictObject({
  governorate: anyOf(governorateCode).optional(),
  district: anyOf(districtCode).optional(),
});

const socialUnitsQuery = villagesQuery.extend({
  status: anyOf(z.enum(SOCIAL_UNIT_STATUSES)).optional(),
});

export function placeRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/villages', async (req, res) => {
    const filters = parseQuery(villagesQuery, req.query);
    res.type('application/geo+json').send(await placesAsGeoJson(db, 'villages', filters));
  });
  router.get('/api/social-units', async (req, res) => {
    const filters = parseQuery(socialUnitsQuery, req.query);
    res.type('application/geo+json').send(await placesAsGeoJson(db, 'social_units', filters));
  });
  return router;
}
