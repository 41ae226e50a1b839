// Builds geodata/basemap.geojson, the offline basemap's own features: land, sea, lakes, the Nile as an area and as a
// line, railways, stations and the towns outside the governorates whose villages are listed. One Feature per line.
import fs from 'node:fs';
import type { OsmPlace } from './osm-places';
import { exec, rows, type Db } from './postgis';

/** Arabic names of the Natural Earth water features in the window (Natural Earth has English only). */
const WATER_NAMES_AR: Readonly<Record<string, string>> = {
  Nile: 'نهر النيل',
  'Lake Nasser': 'بحيرة ناصر',
  'Rosetta Branch': 'فرع رشيد',
  'Damietta Branch': 'فرع دمياط',
  'Suez Canal': 'قناة السويس',
  'Ismailiya Canal': 'ترعة الإسماعيلية',
  'Great Bitter Lake': 'البحيرة المرة الكبرى',
  'Dead Sea': 'البحر الميت',
  Jordan: 'نهر الأردن',
};

/** Simplification of the drawn lines and polygons, in degrees (~10 m). */
const SIMPLIFY = 0.0001;

export interface BasemapReport {
  bytes: number;
  features: Record<string, number>;
  nileKm2: number;
}

export async function writeBasemap(db: Db, file: string, towns: OsmPlace[], decimals: number): Promise<BasemapReport> {
  await exec(
    db,
    `CREATE TABLE water_name (en text PRIMARY KEY, ar text NOT NULL);
     CREATE TABLE town (name_ar text, name_en text, kind text, geom geometry(Point, 4326));`,
  );
  await exec(db, `INSERT INTO water_name SELECT * FROM unnest($1::text[], $2::text[])`, [
    Object.keys(WATER_NAMES_AR),
    Object.values(WATER_NAMES_AR),
  ]);
  await exec(
    db,
    `INSERT INTO town SELECT a, e, k, ST_SetSRID(ST_MakePoint(x, y), 4326)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[]) AS t(a, e, k, x, y)`,
    [
      towns.map((t) => t.nameAr),
      towns.map((t) => t.nameEn),
      towns.map((t) => t.placeType),
      towns.map((t) => t.lon),
      towns.map((t) => t.lat),
    ],
  );
  const simplified = (expr: string): string =>
    `ST_SimplifyPreserveTopology(ST_CollectionExtract(ST_MakeValid(${expr}), 3), ${SIMPLIFY})`;
  const lines = await rows<{ layer: string; line: string }>(
    db,
    `WITH feature AS (
       SELECT 'land' AS layer, 'land' AS kind, NULL AS name_ar, NULL AS name_en, 1 AS ord,
              ${simplified('ST_Union(geom)')} AS geom
         FROM ne_land
       UNION ALL SELECT 'water', 'sea', NULL, NULL, 2, ${simplified('ST_Union(geom)')} FROM ne_ocean
       UNION ALL SELECT 'water', 'lake', w.ar, l.name, 3, ${simplified('l.geom')}
         FROM ne_lake l LEFT JOIN water_name w ON w.en = l.name
       UNION ALL SELECT 'water', 'river', 'نهر النيل', 'Nile', 4, ${simplified('geom')} FROM nile_gap
       UNION ALL SELECT 'waterway', CASE WHEN r.name ILIKE '%canal%' THEN 'canal' ELSE 'river' END, w.ar, r.name, 5,
           ST_SimplifyPreserveTopology(ST_LineMerge(ST_CollectionExtract(r.geom, 2)), ${SIMPLIFY})
         FROM ne_river r LEFT JOIN water_name w ON w.en = r.name
       UNION ALL SELECT 'railway', 'rail', NULL, NULL, 6,
           ST_SimplifyPreserveTopology(ST_CollectionExtract(geom, 2), ${SIMPLIFY})
         FROM rail
       UNION ALL SELECT 'station', 'station', name, name_en, 7, geom FROM station
       UNION ALL SELECT 'town', kind, name_ar, name_en, 8, geom FROM town)
     SELECT layer, json_build_object(
         'type', 'Feature',
         'properties', json_build_object('layer', layer, 'kind', kind, 'nameAr', name_ar, 'nameEn', name_en),
         'geometry', ST_AsGeoJSON(geom, ${decimals})::json)::text AS line
     FROM feature
     WHERE NOT ST_IsEmpty(geom)
     ORDER BY ord, name_en NULLS FIRST, name_ar NULLS FIRST, ST_AsGeoJSON(geom, ${decimals})`,
  );
  const text = `{"type":"FeatureCollection","features":[\n${lines.map((l) => l.line).join(',\n')}\n]}\n`;
  fs.writeFileSync(file, text, 'utf8');
  const features: Record<string, number> = {};
  for (const l of lines) features[l.layer] = (features[l.layer] ?? 0) + 1;
  const [nile] = await rows<{ km2: number }>(
    db,
    `SELECT (ST_Area(geom::geography) / 1e6)::float8 AS km2 FROM nile_gap`,
  );
  return { bytes: Buffer.byteLength(text, 'utf8'), features, nileKm2: Math.round(nile?.km2 ?? 0) };
}
