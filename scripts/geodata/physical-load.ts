// Loads the basemap's physical and railway sources into the build database, clipped to the map's window:
// Natural Earth land, ocean, lakes and river centrelines (7z of GeoJSON, opened with `7z`), OSM railways and stations.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { z } from 'zod';
import { exec, type Db } from './postgis';

/** lon/lat window of the basemap: Egypt and a margin of its neighbours. */
export const BASEMAP_WINDOW = { west: 24, south: 21, east: 37.5, north: 32.2 } as const;

const featureSchema = z.object({
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.looseObject({ type: z.string() }).nullable(),
});
const collectionSchema = z.object({ features: z.array(featureSchema) });
type SourceFeature = z.infer<typeof featureSchema>;

export interface PhysicalSources {
  land: string;
  ocean: string;
  lakes: string;
  rivers: string;
  railways: string;
  stations: string;
}

/** A Natural Earth archive holds one GeoJSON file; `7z x -so` streams it out. */
function readCollection(file: string): SourceFeature[] {
  const text = file.endsWith('.7z')
    ? execFileSync('7z', ['x', '-so', file], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
    : fs.readFileSync(file, 'utf8');
  return collectionSchema.parse(JSON.parse(text)).features;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

const { west, south, east, north } = BASEMAP_WINDOW;
const WINDOW_SQL = `ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)`;

/** Inserts features as (name, name_en, geom) rows of `table`, clipped to the window; `name` picks the names. */
async function load(
  db: Db,
  table: string,
  features: SourceFeature[],
  name: (p: Record<string, unknown>) => { name: string | null; nameEn: string | null },
): Promise<void> {
  await exec(db, `CREATE TABLE ${table} (name text, name_en text, geom geometry(Geometry, 4326) NOT NULL)`);
  const kept = features.filter((f) => f.geometry !== null);
  const BATCH = 500;
  for (let start = 0; start < kept.length; start += BATCH) {
    const batch = kept.slice(start, start + BATCH);
    const names = batch.map((f) => name(f.properties ?? {}));
    await exec(
      db,
      `INSERT INTO ${table}
       SELECT n, e, ST_Intersection(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)), ${WINDOW_SQL})
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(n, e, g)
       WHERE ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326), ${WINDOW_SQL})`,
      [names.map((n) => n.name), names.map((n) => n.nameEn), batch.map((f) => JSON.stringify(f.geometry))],
    );
  }
  await exec(
    db,
    `DELETE FROM ${table} WHERE ST_IsEmpty(geom); CREATE INDEX ON ${table} USING gist (geom); ANALYZE ${table};`,
  );
}

const naturalEarthName = (p: Record<string, unknown>) => ({
  name: text(p.name),
  nameEn: text(p.name_en) ?? text(p.name),
});
const osmName = (p: Record<string, unknown>) => ({
  name: text(p.name) ?? text(p['name:ar']),
  nameEn: text(p['name:en']),
});

/** Tables ne_land, ne_ocean, ne_lake, ne_river, rail, station. */
export async function loadPhysical(db: Db, files: PhysicalSources): Promise<void> {
  await load(db, 'ne_land', readCollection(files.land), naturalEarthName);
  await load(db, 'ne_ocean', readCollection(files.ocean), naturalEarthName);
  await load(db, 'ne_lake', readCollection(files.lakes), naturalEarthName);
  await load(db, 'ne_river', readCollection(files.rivers), naturalEarthName);
  await load(db, 'rail', readCollection(files.railways), osmName);
  await load(db, 'station', readCollection(files.stations), osmName);
}
