// GET /api/links: links between associations as GeoJSON lines, for associations matching the usual filters.
import { Router } from 'express';
import type { Db } from '../../db';
import { collectionOrEmpty, featureCollectionSql } from '../../lib/geojson';
import { parseQuery } from '../../http/validate';
import { applyAssociationFilters, resolveAssociationFilters } from '../associations/association-filters.queries';
import { linksQuery } from '../../../../contracts/links';

/** Lines run from the linking association (a member, a partner) to the linked one (e.g. its central association). */
const LINKS_JSON = `
  SELECT ${featureCollectionSql(
    `json_build_object(
           'type', 'Feature', 'id', l.id,
           'geometry', ST_AsGeoJSON(ST_MakeLine(f.geom, t.geom), 6)::json,
           'properties', json_build_object('kind', l.kind, 'fromId', l.from_association_id,
                                           'toId', l.to_association_id))`,
    'l.id',
  )} AS collection
    FROM association_links l
    JOIN associations f ON f.id = l.from_association_id
    JOIN associations t ON t.id = l.to_association_id AND t.deleted_at IS NULL
   WHERE l.from_association_id IN ?
     AND (?::text[] IS NULL OR l.kind = ANY(?::text[]))`;

export function linkRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/links', async (req, res) => {
    const { linkKind, ...parsed } = parseQuery(linksQuery, req.query);
    const filters = await resolveAssociationFilters(db, parsed);
    const matching = db('associations as a')
      .select('a.id')
      .modify((builder) => applyAssociationFilters(builder, filters));
    const kinds = linkKind?.length ? linkKind : null;
    const result = await db.raw<{ rows: { collection: string }[] }>(LINKS_JSON, [matching, kinds, kinds]);
    res.type('application/geo+json').send(collectionOrEmpty(result.rows[0]?.collection));
  });
  return router;
}
