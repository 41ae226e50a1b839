// SQL that reads a staged boundaries file (governorates, districts or villages) into typed rows and checks them:
// codes in their standard form, names, populations, a valid polygon (a point for villages), the GIS user's scope.
// A matched boundary row always counts as a change (`changes`): boundaries are not compared with what is stored.
import type { ImportTarget } from '../../../../../contracts/imports';
import { AREA, check, IN_EGYPT, INSERT_ERRORS, notA, PLACE, POINT, REPEATED, TEXT, tooLong, wholeNumber } from './rows-helpers.sql';

export type BoundaryTarget = Exclude<ImportTarget, 'associations'>;

const CODE = (field: string) => `upper(${TEXT(field)})`;

const DISTRICT_KINDS = `
  CASE lower(${TEXT('kind')}) WHEN 'markaz' THEN 'markaz' WHEN 'مركز' THEN 'markaz' WHEN 'kism' THEN 'kism' WHEN 'قسم' THEN 'kism'
                              WHEN 'city' THEN 'city' WHEN 'مدينة' THEN 'city' WHEN 'مدينه' THEN 'city' END`;

const ROWS: Record<BoundaryTarget, string> = {
  governorates: `
CREATE TABLE :rows: AS
WITH typed AS (
  SELECT v.row_no, ${CODE('code')} AS code, ${CODE('hasc')} AS hasc, ${TEXT('nameAr')} AS name_ar, ${TEXT('nameEn')} AS name_en,
         import_number(v."population") AS population, import_number(v."populationYear") AS population_year,
         import_number(v."areaKm2") AS area_km2, ${AREA} AS geom, g.code IS NOT NULL AS is_update
    FROM :source: v LEFT JOIN governorates g ON g.code = ${CODE('code')})
SELECT typed.*, repeated.rows AS duplicate_rows, true AS changes FROM typed ${REPEATED('code')}`,

  districts: `
CREATE TABLE :rows: AS
WITH typed AS (
  SELECT v.row_no, ${CODE('code')} AS code, coalesce(${CODE('governorate')}, d.governorate_code) AS governorate_code,
         ${TEXT('nameAr')} AS name_ar, ${TEXT('nameEn')} AS name_en, ${DISTRICT_KINDS} AS kind,
         import_number(v."population") AS population, import_number(v."populationYear") AS population_year,
         ${AREA} AS geom, d.code IS NOT NULL AS is_update, d.governorate_code AS existing_governorate,
         EXISTS (SELECT 1 FROM governorates g WHERE g.code = coalesce(${CODE('governorate')}, d.governorate_code)) AS governorate_known
    FROM :source: v LEFT JOIN districts d ON d.code = ${CODE('code')})
SELECT typed.*, repeated.rows AS duplicate_rows, true AS changes FROM typed ${REPEATED('code')}`,

  villages: `
CREATE TABLE :rows: AS
WITH typed AS (
  SELECT v.row_no, import_number(v."osmId") AS osm_id, ${TEXT('nameAr')} AS name_ar, ${TEXT('nameEn')} AS name_en,
         lower(${TEXT('placeType')}) AS place_type, import_number(v."population") AS population,
         pt.geom, place.governorate_code, ${IN_EGYPT} AS in_egypt, x.id IS NOT NULL AS is_update, x.governorate_code AS existing_governorate
    FROM :source: v
    ${POINT}
    ${PLACE}
    LEFT JOIN villages x ON x.osm_id = import_number(v."osmId"))
SELECT typed.*, repeated.rows AS duplicate_rows, true AS changes FROM typed ${REPEATED('osm_id')}`,
};

const outsideScope = (column: string) =>
  `:scope::text[] IS NOT NULL AND (${column} IS NULL OR ${column} <> ALL(:scope::text[]))`;

const duplicated = (field: string, key: string) =>
  check(field, `CASE WHEN r.duplicate_rows IS NOT NULL THEN format('%s appears on rows %s of the file', r.${key}, array_to_string(r.duplicate_rows, ', ')) END`);

const required = (field: string, column: string, what: string) =>
  check(field, `CASE WHEN NOT r.is_update AND r.${column} IS NULL THEN 'is required for a new ${what}' END`);

const population = `${wholeNumber('population', 'population', 1, 100_000_000)}`;
const populationYear = `${wholeNumber('populationYear', 'population_year', 1800, 2100)}`;

/** A polygon for areas: present on new rows, a polygon, valid. */
const polygon = (what: string) =>
  check('geometry', `CASE WHEN v.geom IS NULL OR ST_IsEmpty(v.geom) THEN CASE WHEN NOT r.is_update THEN 'is required for a new ${what}' END
                          WHEN r.geom IS NULL THEN format('must be a polygon, not a %s', GeometryType(v.geom))
                          WHEN NOT ST_IsValid(r.geom) THEN format('is not a valid polygon: %s', ST_IsValidReason(r.geom)) END`);

const names = (what: string) => `
  ${required('nameAr', 'name_ar', what)}, ${tooLong('nameAr', 'name_ar', 200)},
  ${required('nameEn', 'name_en', what)}, ${tooLong('nameEn', 'name_en', 200)}`;

const CHECKS: Record<BoundaryTarget, string> = {
  governorates: `
  ${check('code', `CASE WHEN r.code IS NULL THEN 'is required' WHEN r.code !~ '^EG-[A-Z]{1,3}$' THEN format('%s is not an ISO 3166-2 code such as EG-KN', r.code) END`)},
  ${duplicated('code', 'code')},
  ${check('code', `CASE WHEN ${outsideScope('r.code')} THEN format('%s is outside your governorates (%s)', r.code, array_to_string(:scope::text[], ', ')) END`)},
  ${check('hasc', `CASE WHEN r.hasc !~ '^EG\\.[A-Z]{2}$' THEN format('%s is not a HASC code such as EG.QN', r.hasc) END`)},
  ${names('governorate')}, ${population}, ${populationYear},
  ${notA('areaKm2', 'area_km2', 'a number')},
  ${check('areaKm2', `CASE WHEN r.area_km2 <= 0 OR r.area_km2 > 1000000 THEN 'must be between 0 and 1,000,000 km²' END`)},
  ${polygon('governorate')}`,

  districts: `
  ${check('code', `CASE WHEN r.code IS NULL THEN 'is required' WHEN r.code !~ '^EG\\.[A-Z]{2}\\.[A-Z]{2}$' THEN format('%s is not a HASC code such as EG.QN.QS', r.code) END`)},
  ${duplicated('code', 'code')},
  ${check('governorate', `CASE WHEN r.governorate_code IS NULL THEN 'is required for a new district'
                              WHEN NOT r.governorate_known THEN format('%s is not a governorate of the registry', r.governorate_code)
                              WHEN ${outsideScope('r.governorate_code')} OR (r.is_update AND ${outsideScope('r.existing_governorate')})
                                THEN format('%s is outside your governorates (%s)', r.governorate_code, array_to_string(:scope::text[], ', ')) END`)},
  ${names('district')},
  ${check('kind', `CASE WHEN r.kind IS NULL AND ${TEXT('kind')} IS NOT NULL THEN format('"%s" is not a kind: markaz (مركز), kism (قسم) or city (مدينة)', left(v."kind", 60)) END`)},
  ${population}, ${populationYear},
  ${polygon('district')}`,

  villages: `
  ${check('osmId', `CASE WHEN r.osm_id IS NULL THEN CASE WHEN ${TEXT('osmId')} IS NULL THEN 'is required' ELSE format('"%s" is not a number', left(v."osmId", 60)) END
                         WHEN r.osm_id <= 0 OR r.osm_id <> trunc(r.osm_id) THEN 'must be a positive whole number' END`)},
  ${duplicated('osmId', 'osm_id')},
  ${check('nameAr', `CASE WHEN NOT r.is_update AND r.name_ar IS NULL AND r.name_en IS NULL THEN 'a new village needs nameAr or nameEn' END`)},
  ${tooLong('nameAr', 'name_ar', 200)}, ${tooLong('nameEn', 'name_en', 200)}, ${tooLong('placeType', 'place_type', 40)},
  ${population},
  ${check('location', `CASE WHEN v.geom IS NULL OR ST_IsEmpty(v.geom) THEN CASE WHEN NOT r.is_update THEN 'is required for a new village' END
                            WHEN r.geom IS NULL THEN format('must be a point, not a %s', GeometryType(v.geom))
                            WHEN NOT r.in_egypt THEN format('%s, %s is outside Egypt', round(ST_X(r.geom)::numeric, 6), round(ST_Y(r.geom)::numeric, 6))
                            WHEN ${outsideScope('r.governorate_code')} OR (r.is_update AND ${outsideScope('r.existing_governorate')})
                              THEN format('is in %s, outside your governorates (%s)', coalesce(r.governorate_code, 'no district'), array_to_string(:scope::text[], ', ')) END`)}`,
};

export const CREATE_BOUNDARY_ROWS = ROWS;
export const INSERT_BOUNDARY_ERRORS = Object.fromEntries(
  Object.entries(CHECKS).map(([target, checks]) => [target, INSERT_ERRORS(checks)]),
) as Record<BoundaryTarget, string>;
