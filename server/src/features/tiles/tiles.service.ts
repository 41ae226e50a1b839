// One tile as clients get it: from the cache while the data version holds, else made by PostGIS (readyTile). Owns the
// tile pool and the data version listener, and closes both with the app's pool; a text filter's words are resolved once
// per data version for all its tiles.
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { Db } from '../../db';
import type { Logger } from '../../logger';
import { resolveAssociationFilters } from '../associations/association-filters.queries';
import { DataVersion } from './data-version';
import { connectionSettingsOf, whenDbDestroyed } from '../../lib/knex-internals';
import { readyTile, TileCache, type ReadyTile } from './tile-cache';
import type { TileCoordinates } from './tile-coordinates';
import { tileKey } from './tile-key';
import { TextQueryMemo } from './text-query-memo';
import { createTilePool } from './tile-pool';
import type { Config } from '../../config';
import { queryTile, tileStatement } from './tiles.queries';

type TileSettings = Pick<Config, 'TILE_CACHE_MB' | 'TILE_POOL_SIZE' | 'TILE_MAX_AGE'>;

const MIB = 1024 * 1024;

export interface TileService {
  tile: (coordinates: TileCoordinates, filters: AssociationFilters) => Promise<ReadyTile>;
}

export function createTileService(db: Db, logger: Logger, settings: TileSettings): TileService {
  const connection = connectionSettingsOf(db);
  const pool = createTilePool(connection, settings.TILE_POOL_SIZE, logger);
  const version = new DataVersion(connection, logger);
  version.start();
  whenDbDestroyed(db, () => {
    void version.stop();
    void pool.end();
  });
  const cache = new TileCache(settings.TILE_CACHE_MB * MIB);
  const textQueries = new TextQueryMemo(db);

  async function makeTile(
    coordinates: TileCoordinates,
    filters: AssociationFilters,
    generation: string | null,
  ): Promise<ReadyTile> {
    const resolved = await resolveAssociationFilters(db, filters, (q) => textQueries.wordsOf(q, generation));
    return readyTile(await queryTile(pool, tileStatement(db, coordinates, resolved)));
  }

  return {
    tile: (coordinates, filters) => {
      const generation = version.current();
      const key = generation === null ? null : tileKey(generation, coordinates, filters);
      return cache.get(key, () => makeTile(coordinates, filters, generation));
    },
  };
}
