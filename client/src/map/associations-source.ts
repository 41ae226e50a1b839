// The associations as vector tiles from our own /tiles endpoint: the source, its URL for a filter query, and the
// swap to a new query's tiles. Clusters (z ≤ 13) and single associations arrive as two layers of each tile.
import type { Map as MapLibreMap, VectorTileSource } from 'maplibre-gl';
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { withQuery } from '../api/http';

export const ASSOCIATIONS_SOURCE = 'associations';

/** The layers inside each tile (docs/SCALING.md, "For the map client"). */
export const TILE_LAYERS = { clusters: 'clusters', associations: 'associations' } as const;

/** The server's last zoom; MapLibre over-zooms its tiles beyond. From it on every association is drawn on its own. */
export const TILES_MAX_ZOOM = 14;

/**
 * The tile URL template for a filter query (the query of /api/associations; limit and paging never belong to it).
 * Absolute, because tiles are fetched from MapLibre's worker.
 */
export const associationTilesUrl = (filterQuery: string): string =>
  withQuery(`${window.location.origin}/tiles/associations/{z}/{x}/{y}.mvt`, filterQuery);

export const associationsSourceSpec = (filterQuery: string): SourceSpecification => ({
  type: 'vector',
  tiles: [associationTilesUrl(filterQuery)],
  maxzoom: TILES_MAX_ZOOM,
});

/**
 * Points the source at the tiles of `filterQuery` (MapLibre then reloads the tiles in view); a no-op when it already
 * is.
 */
export function showAssociationTiles(map: MapLibreMap, filterQuery: string): void {
  const source = map.getSource<VectorTileSource>(ASSOCIATIONS_SOURCE);
  const url = associationTilesUrl(filterQuery);
  if (source && source.tiles[0] !== url) source.setTiles([url]);
}
