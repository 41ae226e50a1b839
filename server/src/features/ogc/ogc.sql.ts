// SQL for OGC API items: PostGIS writes each feature as GeoJSON in the requested CRS, Node passes the text on.
import type { OgcCrs } from '../../../../contracts/ogc';
import type { OgcCollectionSource } from './ogc-collections';

/** The geometry in `crs` (a no-op for 4326), axes swapped where the CRS puts latitude first, no `crs` member. */
function geometryJsonSql(column: string, crs: OgcCrs): string {
  const transformed = crs.srid === 4326 ? column : `ST_Transform(${column}, ${crs.srid})`;
  const ordered = crs.latitudeFirst ? `ST_FlipCoordinates(${transformed})` : transformed;
  return `ST_AsGeoJSON(${ordered}, ${crs.decimals}, 0)::json`;
}

/** One GeoJSON feature of the collection, as a json expression. */
export const featureJsonSql = (collection: OgcCollectionSource, crs: OgcCrs) => `
  json_build_object('type', 'Feature',
                    'id', ${collection.idColumn},
                    'geometry', ${geometryJsonSql(collection.geometryColumn, crs)},
                    'properties', ${collection.propertiesSql})`;

/** Wraps a page (`?`: a sub-query of `feature` and `sort_key`) into `features` JSON text, its length and last key. */
export const FEATURES_OF_PAGE = `
  SELECT coalesce(json_agg(page.feature ORDER BY page.sort_key), '[]'::json)::text AS features,
         count(*)::int AS returned,
         (array_agg(page.sort_key ORDER BY page.sort_key DESC))[1]::text AS last_key
    FROM ? AS page`;

/**
 * The geometry (`??`) meets a box given in another CRS (`?` × 4 as minX, minY, maxX, maxY, then its SRID):
 * the box is transformed to the storage CRS, never the column, so the GiST index serves.
 */
export const BBOX_FILTER = `?? && ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, ?::int), 4326)`;

/** The extent of the geometries of a sub-query (`?` yielding `geom`); all null when it has no rows. */
export const EXTENT_OF = `
  SELECT ST_XMin(box) AS "minX", ST_YMin(box) AS "minY", ST_XMax(box) AS "maxX", ST_YMax(box) AS "maxY"
    FROM (SELECT ST_Extent(rows.geom) AS box FROM ? AS rows) AS extent`;
