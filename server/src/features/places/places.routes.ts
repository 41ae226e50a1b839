// GET /api/villages and /api/social-units: point layers for the basemap and for coverage.
import { Router } from 'express';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { placesAsGeoJson } from './places.queries';
import { socialUnitsQuery, villagesQuery } from '../../../../contracts/places';

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
