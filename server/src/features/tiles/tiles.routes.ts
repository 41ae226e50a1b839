// GET /tiles/associations/{z}/{x}/{y}.mvt with every filter of /api/associations: validate, fetch, send.
import { Router } from 'express';
import { associationFilters } from '../../../../contracts/association-filters';
import type { Config } from '../../config';
import type { Db } from '../../db';
import type { Logger } from '../../logger';
import { parseInput, parseQuery } from '../../http/validate';
import { tileCoordinates } from './tile-coordinates';
import { sendTile } from './tile-response';
import { createTileService } from './tiles.service';

export function tileRoutes({ db, logger, config: settings }: { db: Db; logger: Logger; config: Config }): Router {
  const tiles = createTileService(db, logger, settings);
  const router = Router();

  router.get('/tiles/associations/:z/:x/:y.mvt', async (req, res) => {
    const coordinates = parseInput(tileCoordinates, req.params, 'tile coordinate');
    const filters = parseQuery(associationFilters, req.query);
    await sendTile(req, res, await tiles.tile(coordinates, filters), settings.TILE_MAX_AGE);
  });

  return router;
}
