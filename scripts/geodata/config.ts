// Paths and tunables of the geodata build (raw source folder, output folder, database, simplification).
import os from 'node:os';
import path from 'node:path';

/** Raw, unmodified sources (see SOURCES.md there). Override with GEODATA_SOURCE_DIR. */
export const SOURCE_DIR = process.env.GEODATA_SOURCE_DIR ?? path.resolve(__dirname, '../../../shared/geodata');

/** Committed outputs. Override with GEODATA_OUTPUT_DIR (the map benchmark builds into a temporary folder). */
export const OUTPUT_DIR = process.env.GEODATA_OUTPUT_DIR ?? path.resolve(__dirname, '../../geodata');

export const SOURCE_FILES = {
  sourcesDoc: path.join(SOURCE_DIR, 'SOURCES.md'),
  wofDataDir: path.join(SOURCE_DIR, 'wof-egypt-admin', 'data'),
  wofLicence: path.join(SOURCE_DIR, 'wof-egypt-admin', 'LICENSE.md'),
  geoBoundaries: path.join(SOURCE_DIR, 'geoboundaries-egy-adm2', 'geoBoundaries-EGY-ADM2_simplified.geojson'),
  population: path.join(SOURCE_DIR, 'population-2017', 'governorates.csv'),
  osmZip: path.join(SOURCE_DIR, 'osm-egypt-nodes-2019', 'egypt.sqlite.zip'),
  physical: {
    land: path.join(SOURCE_DIR, 'naturalearth-10m-physical', 'ne_10m_land.7z'),
    ocean: path.join(SOURCE_DIR, 'naturalearth-10m-physical', 'ne_10m_ocean.7z'),
    lakes: path.join(SOURCE_DIR, 'naturalearth-10m-physical', 'ne_10m_lakes.7z'),
    rivers: path.join(SOURCE_DIR, 'naturalearth-10m-physical', 'ne_10m_rivers_lake_centerlines.7z'),
    railways: path.join(SOURCE_DIR, 'osm-egypt-railways-2026', 'railway-export.geojson'),
    stations: path.join(SOURCE_DIR, 'osm-egypt-railways-2026', 'stations-export.geojson'),
  },
} as const;

/**
 * Admin connection used only to create and drop a throw-away database (PostGIS must be installable there).
 * Override with GEODATA_DATABASE_URL. Without a user name in the URL, PGUSER / USER / the OS user is used.
 */
export function adminDatabaseUrl(): string {
  const url = new URL(process.env.GEODATA_DATABASE_URL ?? 'postgres://localhost:5432/postgres');
  if (!url.username) url.username = process.env.PGUSER || process.env.USER || os.userInfo().username;
  return url.toString();
}

/** Douglas-Peucker tolerances (degrees) tried in turn on every shared boundary edge: ~10 m, ~5 m, ~2 m. */
export const SIMPLIFY_TOLERANCES = [0.0001, 0.00005, 0.00002] as const;

/** Output coordinate precision: 5 decimals (~1 m). */
export const COORDINATE_DECIMALS = 5;

/** Polygon parts smaller than this that a clip leaves against the Qena/Luxor mask are slivers and dropped. */
export const SLIVER_MAX_KM2 = 1;

/** OSM place values exported to villages.geojson. */
export const VILLAGE_PLACE_TYPES = ['city', 'town', 'village', 'hamlet', 'locality'] as const;

/** OSM place values drawn as towns on the basemap outside the governorates of villages.geojson. */
export const BASEMAP_TOWN_TYPES: readonly string[] = ['city', 'town'];

/** Governorates whose named places go into villages.geojson. */
export const VILLAGE_GOVERNORATES = ['EG-KN', 'EG-LX', 'EG-SHG'] as const;
