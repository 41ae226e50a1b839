// One trigger function derives governorate and district from a point, so no writer can get them wrong.
import type { Knex } from 'knex';

/**
 * `locate_in_district('required')` rejects a point outside every district with SQLSTATE CA001
 * (outside Egypt) or CA002 (inside Egypt but outside every district); `('optional')` leaves the
 * codes NULL instead. The error's message is written for people; the server maps it to a 422.
 */
const CREATE_FUNCTION = `
CREATE FUNCTION locate_in_district() RETURNS trigger LANGUAGE plpgsql AS $$
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

export async function up(knex: Knex): Promise<void> {
  await knex.raw(CREATE_FUNCTION);
  await knex.raw(`CREATE TRIGGER villages_locate BEFORE INSERT OR UPDATE ON villages
                  FOR EACH ROW EXECUTE FUNCTION locate_in_district('optional')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER villages_locate ON villages');
  await knex.raw('DROP FUNCTION locate_in_district()');
}
