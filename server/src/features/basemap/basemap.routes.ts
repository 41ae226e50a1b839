// GET /tiles/basemap/{z}/{x}/{y}.mvt: the offline basemap drawn from our own open data (land, water, the Nile,
// railways, stations, towns and villages), for every role alike; nothing in it is personal.
import { Router } from 'express';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { parseInput } from '../../http/validate';
import { tileCoordinates } from '../tiles/tile-coordinates';
import { sendTile } from '../tiles/tile-response';
import { createBasemapService } from './basemap.service';

/** Basemap tiles change only when the boundaries are reloaded: browsers may keep them for an hour. */
const MAX_AGE_SECONDS = 3600;

export function basemapRoutes({ db }: { db: Db; config: Config }): Router {
  const router = Router();
  const basemap = createBasemapService(db);

  router.get('/tiles/basemap/:z/:x/:y.mvt', async (req, res) => {
    const coordinates = parseInput(tileCoordinates, req.params, 'tile coordinate');
    await sendTile(req, res, await basemap.tile(coordinates), MAX_AGE_SECONDS);
  });

  return router;
}
