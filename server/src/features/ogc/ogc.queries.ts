// Reads OGC collections: a page of items with its counts, one item, and a collection's extent.
import type { Knex } from 'knex';
import { OGC_MAX_LIMIT, type OgcCrs } from '../../../../contracts/ogc';
import type { OgcFeature } from '../../../../contracts/ogc-documents';
import type { Db } from '../../db';
import type { OgcCollectionSource, OgcItemsRequest } from './ogc-collections';
import { countOrEstimate } from '../../lib/count-or-estimate';
import { BBOX_FILTER, EXTENT_OF, FEATURES_OF_PAGE, featureJsonSql } from './ogc.sql';

export interface OgcItemsPage {
  /** Null when more than MATCHED_COUNT_CAP are expected: OGC allows only an exact numberMatched, or none. */
  numberMatched: number | null;
  numberReturned: number;
  /** The id of the page's last feature, where the next page starts after; null for an empty page. */
  lastKey: string | null;
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

export async function findItems(
  db: Db,
  collection: OgcCollectionSource,
  request: OgcItemsRequest,
): Promise<OgcItemsPage> {
  const matching = (query: Knex.QueryBuilder) => {
    query.modify(request.applyFilters).modify(applyBbox, collection, request);
  };
  const page = featuresOf(db, collection, request.crs)
    .modify(matching)
    .orderBy(collection.idColumn)
    .limit(effectiveLimit(request.limit));
  if (request.after === undefined) page.offset(request.offset);
  else page.where(collection.idColumn, '>', request.after);
  const [result, matched] = await Promise.all([
    db.raw<{ rows: { features: string; returned: number; last_key: string | null }[] }>(FEATURES_OF_PAGE, [page]),
    countOrEstimate(db, db(collection.table).modify(matching), collection.idColumn),
  ]);
  const row = result.rows[0];
  return {
    numberMatched: matched.estimated ? null : matched.count,
    numberReturned: row?.returned ?? 0,
    lastKey: row?.last_key ?? null,
    featuresJson: row?.features ?? '[]',
  };
}

/** Null when the collection serves no feature with this id. */
export async function findItem(
  db: Db,
  collection: OgcCollectionSource,
  id: string | number,
  crs: OgcCrs,
): Promise<OgcFeature | null> {
  const row = await featuresOf(db, collection, crs)
    .modify(collection.applyScope)
    .where(collection.idColumn, id)
    .first<{ feature: OgcFeature } | undefined>();
  return row?.feature ?? null;
}

/** [minLon, minLat, maxLon, maxLat] of everything the collection serves; null when it is empty. */
export async function findExtent(
  db: Db,
  collection: OgcCollectionSource,
): Promise<[number, number, number, number] | null> {
  const geometries = db(collection.table).select(`${collection.geometryColumn} as geom`).modify(collection.applyScope);
  const result = await db.raw<{ rows: { minX: number | null; minY: number; maxX: number; maxY: number }[] }>(
    EXTENT_OF,
    [geometries],
  );
  const box = result.rows[0];
  return box && box.minX !== null ? [box.minX, box.minY, box.maxX, box.maxY] : null;
}
