// The dry run's rows on a map: where each staged row of an associations import was placed, and how precisely
// (its own point, its village's, a point inside its district), for the page's preview before commit.
import type { Db } from '../../../db';
import { collectionOrEmpty, featureCollectionSql } from '../../../lib/geojson';
import { stagingNames } from '../read/staging';

/** The preview draws at most this many rows (the first by row number); the counts cover them all. */
export const PREVIEW_MAX_ROWS = 5_000;

const PREVIEW_GEOJSON = `
SELECT ${featureCollectionSql(
  `json_build_object(
         'type', 'Feature', 'id', r.row_no, 'geometry', ST_AsGeoJSON(r.geom, 6)::json,
         'properties', json_build_object('row', r.row_no, 'name', r.name_ar, 'precision', r.location_precision,
                                         'district', r.district_code,
                                         'valid', NOT EXISTS (
                                           SELECT 1 FROM import_errors e
                                            WHERE e.import_id = :importId AND e.row_no = r.row_no)))`,
  'r.row_no',
)} AS geojson
  FROM (SELECT * FROM :rows: WHERE geom IS NOT NULL ORDER BY row_no LIMIT :limit) r`;

/** The placed rows of import `importId` as GeoJSON text; empty once its staging is gone. */
export async function placementPreview(db: Db, importId: number): Promise<string> {
  const { rows } = stagingNames(importId);
  const exists = await db.raw<{ rows: { table: string | null }[] }>('SELECT to_regclass(?)::text AS table', [rows]);
  if (!exists.rows[0]?.table) return collectionOrEmpty(null);
  const result = await db.raw<{ rows: { geojson: string }[] }>(PREVIEW_GEOJSON, {
    rows,
    importId,
    limit: PREVIEW_MAX_ROWS,
  });
  return collectionOrEmpty(result.rows[0]?.geojson);
}
