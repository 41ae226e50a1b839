// GET /tiles/basemap/{z}/{x}/{y}.mvt: the offline basemap drawn from our own open data (land, water, the Nile,
// railways, stations, towns and villages), for every role alike; nothing in it is personal. GET /api/basemap says
// whether a deployment's own PMTiles extract (BASEMAP_PMTILES) replaces its ground, served with range requests.
import path from 'node:path';
import { Router } from 'express';
import { BASEMAP_ARCHIVE_PATH, type BasemapSetting } from '../../../../contracts/basemap';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { parsePath } from '../../http/validate';
import { tileCoordinates } from '../tiles/tile-coordinates';
import { sendTile } from '../tiles/tile-response';
import { createBasemapService } from './basemap.service';

/** Basemap tiles change only when the boundaries are reloaded: browsers may keep them for an hour. */
const MAX_AGE_SECONDS = 3600;

export function basemapRoutes({ db, config }: { db: Db; config: Config }): Router {
  const router = Router();
  const basemap = createBasemapService(db);
  const archive = config.BASEMAP_PMTILES;
  const setting: BasemapSetting = archive ? { source: 'pmtiles', url: BASEMAP_ARCHIVE_PATH } : { source: 'builtin' };

  router.get('/api/basemap', (_req, res) => {
    res.json(setting);
  });

  // express (send) answers Range requests, If-None-Match and If-Modified-Since from the file itself.
  router.get(BASEMAP_ARCHIVE_PATH, (_req, res) => {
    if (!archive) throw new HttpProblem('notFound', 'This server has no basemap archive (BASEMAP_PMTILES is not set)');
    res.sendFile(path.resolve(archive), {
      maxAge: MAX_AGE_SECONDS * 1000,
      headers: { 'Content-Type': 'application/vnd.pmtiles' },
    });
  });

  router.get('/tiles/basemap/:z/:x/:y.mvt', async (req, res) => {
    const coordinates = parsePath(tileCoordinates, req.params, 'tile coordinate');
    await sendTile(req, res, await basemap.tile(coordinates), MAX_AGE_SECONDS);
  });

  return router;
}
