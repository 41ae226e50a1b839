// HTTP routes for reading associations: the filtered GeoJSON list and one profile.
import { Router } from 'express';
import { associationListQuery } from '../../../../contracts/association-filters';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { featurePageText } from '../../lib/geojson';
import { parsePath, parseQuery } from '../../http/validate';
import { findAssociationPage, findAssociationProfile } from './associations.queries';
import { visibleTo } from './association-visibility';
import { etagOf, idParam } from './association-params';

export function associationRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.get('/api/associations', async (req, res) => {
    const query = parseQuery(associationListQuery, req.query);
    const page = await findAssociationPage(db, query);
    res.type('application/geo+json').send(featurePageText(page));
  });

  router.get('/api/associations/:id', async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const profile = await findAssociationProfile(db, id);
    if (!profile) throw new HttpProblem('notFound', `No association has id ${id}`);
    res
      .set('ETag', etagOf(profile.version))
      .set('Cache-Control', 'private, no-cache')
      .json(visibleTo(req.auth.user, profile));
  });

  return router;
}
