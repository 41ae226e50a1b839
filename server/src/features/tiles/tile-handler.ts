// GET /tiles/associations/{z}/{x}/{y}.mvt with every filter of /api/associations, answered on bare node:http
// ahead of Express: tiles are the hottest path and need none of its middleware (a cache hit through Express ran
// at an eighth of the rate of the same bytes sent by node:http on this machine; docs/SCALING.md).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { associationFilters } from '../../../../contracts/association-filters';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { HttpProblem, refusedField } from '../../http/http-problem';
import { sendProblem } from '../../http/problem-response';
import { parsePath, parseQuery } from '../../http/validate';
import type { Logger } from '../../logger';
import { tileCoordinates } from './tile-coordinates';
import { sendTile } from './tile-response';
import { createTileService, type TileService } from './tiles.service';

/** The route as the OpenAPI document spells it, and what the handler matches: each `{name}` one path segment. */
export const TILE_ROUTE = '/tiles/associations/{z}/{x}/{y}.mvt';
const TILE_PATH = new RegExp(`^${TILE_ROUTE.replaceAll('.', '\\.').replace(/\{\w+\}/g, '([^/]+)')}$`);

/** Answers the request and returns true when it is a tile request; returns false, untouched, for anything else. */
export type TileHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const AXES = ['z', 'x', 'y'] as const;

function decodedSegment(segment: string, axis: (typeof AXES)[number]): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpProblem(
      'badRequest',
      `Invalid tile coordinate: ${axis}`,
      [refusedField(axis, 'invalid_encoding', 'is not valid percent-encoding')],
      {
        code: 'invalid_parameter',
      },
    );
  }
}

async function answer(
  tiles: TileService,
  maxAge: number,
  req: IncomingMessage,
  res: ServerResponse,
  segments: string[],
  query: string,
) {
  const [z, x, y] = AXES.map((axis, i) => decodedSegment(segments[i] ?? '', axis));
  const coordinates = parsePath(tileCoordinates, { z, x, y }, 'tile coordinate');
  // node:querystring is the parser Express's default ("simple") uses: a repeated parameter becomes a list.
  const filters = parseQuery(associationFilters, parseQueryString(query));
  await sendTile(req, res, await tiles.tile(coordinates, filters), maxAge);
}

export function createTileHandler({ db, logger, config }: { db: Db; logger: Logger; config: Config }): TileHandler {
  const tiles = createTileService(db, logger, config);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const match = TILE_PATH.exec(queryAt === -1 ? url : url.slice(0, queryAt));
    if (!match) return false;
    const started = performance.now();
    answer(tiles, config.TILE_MAX_AGE, req, res, match.slice(1), queryAt === -1 ? '' : url.slice(queryAt + 1)).then(
      () => logger.debug({ url, status: res.statusCode, ms: performance.now() - started }, 'tile'),
      (error: unknown) => sendProblem(res, error, url, logger),
    );
    return true;
  };
}
