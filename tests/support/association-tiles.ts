// Fetches one associations vector tile from a running app and decodes it: single associations and clusters.
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import type { TileAddress } from './tile-math';

export type TilePoint = { id: number; properties: Record<string, unknown> };
export type DecodedTile = { status: number; associations: TilePoint[]; clusters: { count: number; members: number }[] };

export async function fetchAssociationTile(
  app: { baseUrl: string },
  { z, x, y }: TileAddress,
  query = '',
): Promise<DecodedTile> {
  const response = await fetch(`${app.baseUrl}/tiles/associations/${z}/${x}/${y}.mvt${query ? `?${query}` : ''}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const tile = new VectorTile(new Pbf(bytes));
  const features = (name: string) => {
    const layer = tile.layers[name];
    return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
  };
  return {
    status: response.status,
    associations: features('associations').map((f) => ({ id: f.id, properties: f.properties })),
    clusters: features('clusters').map((f) => ({
      count: Number(f.properties.count),
      members: Number(f.properties.members),
    })),
  };
}

/** Associations a decoded tile stands for: its single ones and every cluster's count. */
export const associationsIn = (tile: DecodedTile) =>
  tile.associations.length + tile.clusters.reduce((sum, c) => sum + c.count, 0);
