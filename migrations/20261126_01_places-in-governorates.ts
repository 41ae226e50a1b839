// Villages and social units outside every district polygon (the district polygons cover the cultivated land,
// not the desert edge where many villages stand) still belong to the governorate they lie in.
import type { Knex } from 'knex';

/**
 * locate_in_district as 20261123_03 created it but for its last lines: in 'optional' mode a point outside every
 * district keeps the governorate it lies in.
 */
const LOCATE_WITH_GOVERNORATE_FALLBACK = `
CREATE OR REPLACE FUNCTION locate_in_district() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  found_district record;
BEGIN
  IF NEW.geom IS NULL THEN
    NEW.district_code := NULL;
    NEW.governorate_code := NULL;
    RETURN NEW;
  END IF;
  -- An update that keeps the point and its codes needs no lookup.
  IF TG_OP = 'UPDATE' AND NEW.geom IS NOT DISTINCT FROM OLD.geom
     AND NEW.district_code IS NOT DISTINCT FROM OLD.district_code
     AND NEW.governorate_code IS NOT DISTINCT FROM OLD.governorate_code THEN
    RETURN NEW;
  END IF;
  SELECT d.code, d.governorate_code INTO found_district
    FROM districts d
   WHERE ST_Intersects(d.geom, NEW.geom)
   ORDER BY d.code
   LIMIT 1;
  IF found_district.code IS NOT NULL THEN
    NEW.district_code := found_district.code;
    NEW.governorate_code := found_district.governorate_code;
    RETURN NEW;
  END IF;
  IF TG_ARGV[0] = 'required' THEN
    IF NOT EXISTS (SELECT 1 FROM governorates g WHERE ST_Intersects(g.geom, NEW.geom)) THEN
      RAISE EXCEPTION USING ERRCODE = 'CA001', COLUMN = 'location',
        MESSAGE = format('location %s, %s is outside Egypt',
                         round(ST_X(NEW.geom)::numeric, 6), round(ST_Y(NEW.geom)::numeric, 6));
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'CA002', COLUMN = 'location',
      MESSAGE = format('location %s, %s is outside every district',
                       round(ST_X(NEW.geom)::numeric, 6), round(ST_Y(NEW.geom)::numeric, 6));
  END IF;
  NEW.district_code := NULL;
  NEW.governorate_code := (SELECT g.code FROM governorates g WHERE ST_Intersects(g.geom, NEW.geom)
                            ORDER BY g.code LIMIT 1);
  RETURN NEW;
END
$$`;

/** locate_in_district as 20261123_03 created it, for down: outside every district, no governorate either. */
const LOCATE_WITHOUT_FALLBACK = `
CREATE OR REPLACE FUNCTION locate_in_district() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  found_district record;
BEGIN
  IF NEW.geom IS NULL THEN
    NEW.district_code := NULL;
    NEW.governorate_code := NULL;
    RETURN NEW;
  END IF;
  -- An update that keeps the point and its codes needs no lookup.
  IF TG_OP = 'UPDATE' AND NEW.geom IS NOT DISTINCT FROM OLD.geom
     AND NEW.district_code IS NOT DISTINCT FROM OLD.district_code
     AND NEW.governorate_code IS NOT DISTINCT FROM OLD.governorate_code THEN
    RETURN NEW;
  END IF;
  SELECT d.code, d.governorate_code INTO found_district
    FROM districts d
   WHERE ST_Intersects(d.geom, NEW.geom)
   ORDER BY d.code
   LIMIT 1;
  IF found_district.code IS NOT NULL THEN
    NEW.district_code := found_district.code;
    NEW.governorate_code := found_district.governorate_code;
    RETURN NEW;
  END IF;
  IF TG_ARGV[0] = 'required' THEN
    IF NOT EXISTS (SELECT 1 FROM governorates g WHERE ST_Intersects(g.geom, NEW.geom)) THEN
      RAISE EXCEPTION USING ERRCODE = 'CA001', COLUMN = 'location',
        MESSAGE = format('location %s, %s is outside Egypt',
                         round(ST_X(NEW.geom)::numeric, 6), round(ST_Y(NEW.geom)::numeric, 6));
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'CA002', COLUMN = 'location',
      MESSAGE = format('location %s, %s is outside every district',
                       round(ST_X(NEW.geom)::numeric, 6), round(ST_Y(NEW.geom)::numeric, 6));
  END IF;
  NEW.district_code := NULL;
  NEW.governorate_code := NULL;
  RETURN NEW;
END
$$`;

const FILL_MISSING_GOVERNORATES = (table: string) => `
  UPDATE ${table} p SET governorate_code = g.code
    FROM governorates g
   WHERE p.district_code IS NULL AND p.governorate_code IS NULL AND ST_Intersects(g.geom, p.geom)`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(LOCATE_WITH_GOVERNORATE_FALLBACK);
  await knex.raw(FILL_MISSING_GOVERNORATES('villages'));
  await knex.raw(FILL_MISSING_GOVERNORATES('social_units'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(LOCATE_WITHOUT_FALLBACK);
  await knex.raw('UPDATE villages SET governorate_code = NULL WHERE district_code IS NULL');
  await knex.raw('UPDATE social_units SET governorate_code = NULL WHERE district_code IS NULL');
}
