// GET /api/associations/export?format=csv|xlsx|geojson|gpkg|shp&labels=ar|en&<the list's filters>: the filtered set as
// a download. Registered before /api/associations/:id so "export" is never read as an id.
import { Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { associationFilters } from '../../../../contracts/association-filters';
import { EXPORT_PATH, exportFormatQuery } from '../../../../contracts/export';
import type { Db } from '../../db';
import { parseQuery } from '../../http/validate';
import { exportAssociations } from './exports.service';

export function exportRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(EXPORT_PATH, async (req, res) => {
    const { format: formatParam, labels: labelsParam, ...filterParams } = req.query;
    const request = parseQuery(exportFormatQuery, {
      ...(formatParam === undefined ? {} : { format: formatParam }),
      ...(labelsParam === undefined ? {} : { labels: labelsParam }),
    });
    const filters = parseQuery(associationFilters, filterParams);
    const file = await exportAssociations(db, req.auth.user, filters, request);
    try {
      res.attachment(file.filename).type(file.contentType).set('Cache-Control', 'private, no-store');
      await pipeline(Readable.from(file.body), res);
    } finally {
      await file.cleanup();
    }
  });
  return router;
}
