// A tiny OpenStreetMap-like extract around Qena in the Protomaps basemap schema (earth, water, roads, places),
// its tiles made by PostGIS's ST_AsMVT and written as a PMTiles archive: what BASEMAP_PMTILES would name.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../server/src/db';
import { writePmtiles, type ArchiveTile } from './pmtiles-writer';
import { tilesCovering } from './tile-math';

export const EXTRACT_BOUNDS: [number, number, number, number] = [32.55, 26.0, 32.9, 26.3];
export const EXTRACT_ROAD = { nameAr: 'طريق الاختبار السريع', nameEn: 'Test Desert Road' };
const MAX_ZOOM = 12;

const TILE_SQL = `
  WITH bounds AS (SELECT ST_TileEnvelope(?::int, ?::int, ?::int) AS env),
  feature (layer, kind, name, name_en, geom) AS (VALUES
    ('earth', 'earth', NULL, NULL, ST_MakeEnvelope(32.5, 25.9, 33.0, 26.4, 4326)),
    ('water', 'water', 'ترعة الاختبار', 'Test Canal',
      ST_Buffer(ST_MakeLine(ST_Point(32.6, 26.05), ST_Point(32.85, 26.25))::geography, 300)::geometry),
    ('roads', 'major_road', ?, ?, ST_MakeLine(ST_Point(32.56, 26.25, 4326), ST_Point(32.88, 26.02, 4326))),
    ('places', 'locality', 'قرية الاختبار', 'Test Village', ST_Point(32.72, 26.16, 4326))),
  mvt AS (
    SELECT f.layer, f.kind, f.name, f.name_en AS "name:en", f.name AS "name:ar", 'Arabic' AS script, 0 AS min_zoom,
           ST_AsMVTGeom(ST_Transform(ST_SetSRID(f.geom, 4326), 3857), b.env, 4096, 64, true) AS geom
    FROM feature f, bounds b)
  SELECT COALESCE((SELECT ST_AsMVT(m, 'earth', 4096, 'geom') FROM mvt m
                     WHERE layer = 'earth' AND geom IS NOT NULL), '') ||
         COALESCE((SELECT ST_AsMVT(m, 'water', 4096, 'geom') FROM mvt m
                     WHERE layer = 'water' AND geom IS NOT NULL), '') ||
         COALESCE((SELECT ST_AsMVT(m, 'roads', 4096, 'geom') FROM mvt m
                     WHERE layer = 'roads' AND geom IS NOT NULL), '') ||
         COALESCE((SELECT ST_AsMVT(m, 'places', 4096, 'geom') FROM mvt m
                     WHERE layer = 'places' AND geom IS NOT NULL), '') AS tile`;

/** Writes the archive to a new temporary folder and returns its path. */
export async function writeExtractArchive(db: Db): Promise<string> {
  const tiles: ArchiveTile[] = [];
  for (let z = 0; z <= MAX_ZOOM; z++) {
    for (const { x, y } of tilesCovering(EXTRACT_BOUNDS, z)) {
      const result = await db.raw<{ rows: { tile: Buffer | null }[] }>(TILE_SQL, [
        z,
        x,
        y,
        EXTRACT_ROAD.nameAr,
        EXTRACT_ROAD.nameEn,
      ]);
      const data = result.rows[0]?.tile;
      if (data && data.length > 0) tiles.push({ z, x, y, data });
    }
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-extract-')), 'qena.pmtiles');
  writePmtiles(file, tiles, EXTRACT_BOUNDS, {
    name: 'test extract',
    vector_layers: ['earth', 'water', 'roads', 'places'].map((id) => ({ id, fields: {} })),
  });
  return file;
}
