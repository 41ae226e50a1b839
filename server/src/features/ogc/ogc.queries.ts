// Reads OGC collections: a page of items with its counts, one item, and a collection's extent.
import type { Knex } from 'knex';
import { OGC_MAX_LIMIT, type OgcCrs } from '../../../../contracts/ogc';
import type { OgcFeature } from '../../../../contracts/ogc-documents';
import type { Db } from '../../db';
import type { OgcCollectionSource, OgcItemsRequest } from './ogc-collections';
import { BBOX_FILTER, EXTENT_OF, FEATURES_OF_PAGE, featureJsonSql } from './ogc.sql';

export interface OgcItemsPage {
  numberMatched: number;
  numberReturned: number;
  /** A JSON array of GeoJSON features, as text straight from PostGIS. */
  featuresJson: string;
}

/** Limits larger than the maximum are served as the maximum (OGC API Features, /req/core/fc-limit-response-1). */
export const effectiveLimit = (limit: number) => Math.min(limit, OGC_MAX_LIMIT);

function applyBbox(query: Knex.QueryBuilder, collection: OgcCollectionSource, request: OgcItemsRequest): void {
  if (!request.bbox) return;
  const [a, b, c, d] = request.bbox;
  const [minX, minY, maxX, maxY] = request.bboxCrs.latitudeFirst ? [b, a, d, c] : [a, b, c, d];
  query.whereRaw(BBOX_FILTER, [collection.geometryColumn, minX, minY, maxX, maxY, request.bboxCrs.srid]);
}

function featuresOf(db: Db, collection: OgcCollectionSource, crs: OgcCrs): Knex.QueryBuilder {
  return db(collection.table).select(
    db.raw(`${featureJsonSql(collection, crs)} AS feature`),
    db.raw(`${collection.idColumn} AS sort_key`),
  );
}

export async function findItems(db: Db, collection: OgcCollectionSource, request: OgcItemsRequest): Promise<OgcItemsPage> {
  const matching = (query: Knex.QueryBuilder) =>
    query.modify(request.applyFilters).modify(applyBbox, collection, request);
  const page = featuresOf(db, collection, request.crs)
    .modify(matching)
    .orderBy(collection.idColumn)
    .limit(effectiveLimit(request.limit))
    .offset(request.offset);
  const matched = db(collection.table).count<{ count: number }[]>('* as count').modify(matching);
  const [result, [counted]] = await Promise.all([
    db.raw<{ rows: { features: string; returned: number }[] }>(FEATURES_OF_PAGE, [page]),
    matched,
  ]);
  const row = result.rows[0];
  return {
    numberMatched: Number(counted?.count ?? 0),
    numberReturned: row?.returned ?? 0,
    featuresJson: row?.features ?? '[]',
  };
}

/** Null when the collection serves no feature with this id. */
export async function findItem(db: Db, collection: OgcCollectionSource, id: string | number, crs: OgcCrs): Promise<OgcFeature | null> {
  const row = await featuresOf(db, collection, crs)
    .modify(collection.applyScope)
    .where(collection.idColumn, id)
    .first();
  return (row as { feature: OgcFeature } | undefined)?.feature ?? null;
}

/** [minLon, minLat, maxLon, maxLat] of everything the collection serves; null when it is empty. */
export async function findExtent(db: Db, collection: OgcCollectionSource): Promise<[number, number, number, number] | null> {
  const geometries = db(collection.table).select(`${collection.geometryColumn} as geom`).modify(collection.applyScope);
  const result = await db.raw<{ rows: { minX: number | null; minY: number; maxX: number; maxY: number }[] }>(EXTENT_OF, [geometries]);
  const box = result.rows[0];
  return box && box.minX !== null ? [box.minX, box.minY, box.maxX, box.maxY] : null;
}
