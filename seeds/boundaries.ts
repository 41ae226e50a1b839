// Loads the derived boundary, place and basemap files of geodata/ into an empty database, each in one transaction.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Db } from '../server/src/db';

export const GEODATA_DIR = path.resolve(__dirname, '../geodata');

interface Feature<P> {
  properties: P;
  geometry: object;
}

interface GovernorateProps {
  code: string;
  hasc: string | null;
  nameAr: string;
  nameEn: string;
  population: number | null;
  populationYear: number | null;
  areaKm2: number | null;
}

interface DistrictProps {
  code: string;
  governorate: string;
  nameAr: string;
  nameEn: string;
  kind: string | null;
  population: number | null;
  populationYear: number | null;
}

interface OfficialDistrictProps {
  code: string;
}

interface VillageProps {
  osmId: number;
  nameAr: string | null;
  nameEn: string | null;
  placeType: string;
  population: number | null;
}

function readFeatures<P>(file: string): Feature<P>[] {
  const collection = JSON.parse(readFileSync(path.join(GEODATA_DIR, file), 'utf8')) as { features: Feature<P>[] };
  return collection.features;
}

const BATCH = 200;

async function insertInBatches<P>(
  trx: Knex.Transaction,
  table: string,
  features: Feature<P>[],
  toRow: (properties: P, geometry: Knex.Raw) => Record<string, unknown>,
  geometrySql: string,
): Promise<void> {
  for (let start = 0; start < features.length; start += BATCH) {
    const rows = features
      .slice(start, start + BATCH)
      .map((feature) => toRow(feature.properties, trx.raw(geometrySql, [JSON.stringify(feature.geometry)])));
    await trx(table).insert(rows);
  }
}

const MULTIPOLYGON = 'ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))';
const POINT = 'ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)';

/** Governorates, then districts, then villages (whose district the database derives), then the basemap. */
export async function loadBoundaries(
  db: Db,
): Promise<{ governorates: number; districts: number; villages: number; basemap: number }> {
  const governorates = readFeatures<GovernorateProps>('governorates.geojson');
  const districts = readFeatures<DistrictProps>('districts.geojson');
  const villages = readFeatures<VillageProps>('villages.geojson');
  await db.transaction(async (trx) => {
    await insertInBatches(
      trx,
      'governorates',
      governorates,
      (p, geom) => ({
        code: p.code,
        hasc: p.hasc,
        name_ar: p.nameAr,
        name_en: p.nameEn,
        population: p.population,
        population_year: p.populationYear,
        area_km2: p.areaKm2,
        geom,
      }),
      MULTIPOLYGON,
    );
    await insertInBatches(
      trx,
      'districts',
      districts,
      (p, geom) => ({
        code: p.code,
        governorate_code: p.governorate,
        name_ar: p.nameAr,
        name_en: p.nameEn,
        kind: p.kind,
        population: p.population,
        population_year: p.populationYear,
        geom,
      }),
      MULTIPOLYGON,
    );
    for (const { properties, geometry } of readFeatures<OfficialDistrictProps>('districts-official.geojson')) {
      await trx('districts')
        .where({ code: properties.code })
        .update({ official_geom: trx.raw(MULTIPOLYGON, [JSON.stringify(geometry)]) });
    }
    await insertInBatches(
      trx,
      'villages',
      villages,
      (p, geom) => ({
        osm_id: p.osmId,
        name_ar: p.nameAr,
        name_en: p.nameEn,
        place_type: p.placeType,
        population: p.population,
        geom,
      }),
      POINT,
    );
  });
  await db.raw('ANALYZE governorates, districts, villages');
  const basemap = await loadBasemap(db);
  return { governorates: governorates.length, districts: districts.length, villages: villages.length, basemap };
}

/** The basemap's own features (geodata/basemap.geojson), polygons subdivided; returns how many parts were stored. */
export async function loadBasemap(db: Db): Promise<number> {
  const file = readFileSync(path.join(GEODATA_DIR, 'basemap.geojson'), 'utf8');
  // One statement: PostGIS reads the whole collection, each feature cut into parts of at most 256 vertices.
  const result = await db.raw<{ rowCount: number }>(
    `INSERT INTO basemap_features (layer, kind, name_ar, name_en, geom)
     SELECT f->'properties'->>'layer', f->'properties'->>'kind', f->'properties'->>'nameAr', f->'properties'->>'nameEn',
            ST_Subdivide(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326), 3857), 256)
     FROM json_array_elements(?::json->'features') f`,
    [file],
  );
  await db.raw('ANALYZE basemap_features');
  return result.rowCount;
}
