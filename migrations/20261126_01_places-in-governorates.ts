// Villages and social units outside every district polygon (the district polygons cover the cultivated land,
// not the desert edge where many villages stand) still belong to the governorate they lie in.
import type { Knex } from 'knex';
import { CREATE_FUNCTION } from './20261123_03_locate-in-district';

/** As before, except that in 'optional' mode a point outside every district keeps its governorate. */
const LOCATE_WITH_GOVERNORATE_FALLBACK = CREATE_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace(
  `  NEW.district_code := NULL;
  NEW.governorate_code := NULL;
  RETURN NEW;
END`,
  `  NEW.district_code := NULL;
  NEW.governorate_code := (SELECT g.code FROM governorates g WHERE ST_Intersects(g.geom, NEW.geom) ORDER BY g.code LIMIT 1);
  RETURN NEW;
END`,
);

const FILL_MISSING_GOVERNORATES = (table: string) => `
  UPDATE ${table} p SET governorate_code = g.code
    FROM governorates g
   WHERE p.district_code IS NULL AND p.governorate_code IS NULL AND ST_Intersects(g.geom, p.geom)`;

export async function up(knex: Knex): Promise<void> {
  if (LOCATE_WITH_GOVERNORATE_FALLBACK === CREATE_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')) {
    throw new Error('locate_in_district changed shape: update this migration');
  }
  await knex.raw(LOCATE_WITH_GOVERNORATE_FALLBACK);
  await knex.raw(FILL_MISSING_GOVERNORATES('villages'));
  await knex.raw(FILL_MISSING_GOVERNORATES('social_units'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(CREATE_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
  await knex.raw('UPDATE villages SET governorate_code = NULL WHERE district_code IS NULL');
  await knex.raw('UPDATE social_units SET governorate_code = NULL WHERE district_code IS NULL');
}
