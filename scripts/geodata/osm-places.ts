// Reads named OSM place nodes (city/town/village/hamlet/locality) from the 2019 Egypt SQLite extract via ogr2ogr.
import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import { cleanName, isArabicName } from './names';

export interface OsmPlace {
  osmId: number;
  lon: number;
  lat: number;
  nameAr: string | null;
  nameEn: string | null;
  placeType: string;
  population: number | null;
}

const nullableText = z.string().nullable().optional();
const rowsSchema = z.object({
  features: z.array(
    z.object({
      properties: z.object({
        osm_id: z.string().regex(/^\d+$/),
        lon: z.number(),
        lat: z.number(),
        name: nullableText,
        name_en: nullableText,
        place_type: z.string(),
        population: z.union([z.number(), z.string(), z.null()]).optional(),
      }),
    }),
  ),
});

function positiveIntegerOrNull(value: number | string | null | undefined): number | null {
  if (value == null) return null;
  const n = typeof value === 'number' ? value : Number(value.replace(/[\s,]/g, ''));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Place nodes of the given types with at least an Arabic `NAME` or a Latin `NAME_EN`. The zip is read in place
 * through GDAL's /vsizip/ (no temporary files); IDs are cast to text because some exceed 32 bits.
 */
export function readOsmPlaces(zipFile: string, placeTypes: readonly string[]): OsmPlace[] {
  const types = placeTypes.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ');
  const sql = `SELECT CAST(ID AS TEXT) AS osm_id, LON AS lon, LAT AS lat, NAME AS name, NAME_EN AS name_en,
                      VALUE AS place_type, POPULATION AS population
               FROM NODE WHERE TAG = 'place' AND VALUE IN (${types})`;
  const stdout = execFileSync(
    'ogr2ogr',
    ['-f', 'GeoJSON', '/vsistdout/', `/vsizip/${zipFile}/egypt.sqlite`, '-sql', sql],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const places: OsmPlace[] = [];
  for (const { properties: p } of rowsSchema.parse(JSON.parse(stdout)).features) {
    const name = cleanName(p.name);
    const nameEn = cleanName(p.name_en);
    const place: OsmPlace = {
      osmId: Number(p.osm_id),
      lon: p.lon,
      lat: p.lat,
      nameAr: name !== null && isArabicName(name) ? name : null,
      nameEn: nameEn !== null && !isArabicName(nameEn) ? nameEn : null,
      placeType: p.place_type,
      population: positiveIntegerOrNull(p.population),
    };
    if (place.nameAr !== null || place.nameEn !== null) places.push(place);
  }
  return places;
}
