// SQL that reads a staged boundaries file (governorates, districts or villages) into typed rows and checks them:
// codes in their standard form, names, populations, a valid polygon (a point for villages), the GIS user's scope.
// A matched boundary row always counts as a change (`changes`): boundaries are not compared with what is stored.
import type { ImportTarget } from '../../../../../contracts/imports';
import {
  AREA,
  CELL,
  check,
  IN_EGYPT,
  INSERT_ERRORS,
  notA,
  PLACE,
  POINT,
  REPEATED,
  TEXT,
  text,
  tooLong,
  wholeNumber,
} from './rows-helpers.sql';

export type BoundaryTarget = Exclude<ImportTarget, 'associations'>;

const CODE = (field: string) => `upper(${TEXT(field)})`;

const DISTRICT_KINDS = `
  CASE lower(${TEXT('kind')}) WHEN 'markaz' THEN 'markaz' WHEN 'مركز' THEN 'markaz'
                              WHEN 'kism' THEN 'kism' WHEN 'قسم' THEN 'kism'
                              WHEN 'city' THEN 'city' WHEN 'مدينة' THEN 'city' WHEN 'مدينه' THEN 'city' END`;

const ROWS: Record<BoundaryTarget, string> = {
  governorates: `
CREATE TABLE :rows: AS
WITH typed AS (
  SELECT v.row_no, ${CODE('code')} AS code, ${CODE('hasc')} AS hasc,
         ${TEXT('nameAr')} AS name_ar, ${TEXT('nameEn')} AS name_en,
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
         EXISTS (SELECT 1 FROM governorates g WHERE g.code = coalesce(${CODE('governorate')}, d.governorate_code))
           AS governorate_known
    FROM :source: v LEFT JOIN districts d ON d.code = ${CODE('code')})
SELECT typed.*, repeated.rows AS duplicate_rows, true AS changes FROM typed ${REPEATED('code')}`,

  villages: `
CREATE TABLE :rows: AS
WITH typed AS (
  SELECT v.row_no, import_number(v."osmId") AS osm_id, ${TEXT('nameAr')} AS name_ar, ${TEXT('nameEn')} AS name_en,
         lower(${TEXT('placeType')}) AS place_type, import_number(v."population") AS population,
         pt.geom, place.governorate_code, ${IN_EGYPT} AS in_egypt, x.id IS NOT NULL AS is_update,
         x.governorate_code AS existing_governorate
    FROM :source: v
    ${POINT}
    ${PLACE}
    LEFT JOIN villages x ON x.osm_id = import_number(v."osmId"))
SELECT typed.*, repeated.rows AS duplicate_rows, true AS changes FROM typed ${REPEATED('osm_id')}`,
};

const outsideScope = (column: string) =>
  `:scope::text[] IS NOT NULL AND (${column} IS NULL OR ${column} <> ALL(:scope::text[]))`;

const SCOPE = 'to_jsonb(:scope::text[])';

const duplicated = (field: string, key: string) =>
  check(field, {
    when: 'r.duplicate_rows IS NOT NULL',
    code: 'duplicate_in_file',
    message: `format('%s appears on rows %s of the file', r.${key}, array_to_string(r.duplicate_rows, ', '))`,
    params: { value: `r.${key}`, rows: 'to_jsonb(r.duplicate_rows)' },
  });

const required = (field: string, column: string, what: string) =>
  check(field, {
    when: `NOT r.is_update AND r.${column} IS NULL`,
    code: 'required_for_new',
    message: text(`is required for a new ${what}`),
  });

/** A code that must match `pattern`, named `format` (iso_3166_2, hasc) in its line. */
const codeFormat = (field: string, column: string, pattern: string, format: string, example: string) => ({
  when: `r.${column} !~ ${text(pattern)}`,
  code: 'invalid_format' as const,
  message: `format(${text(`%s is not ${example}`)}, r.${column})`,
  params: { format: text(format), value: `r.${column}` },
});

const population = wholeNumber('population', 'population', 1, 100_000_000);
const populationYear = wholeNumber('populationYear', 'population_year', 1800, 2100);

/** A point, a polygon: the geometry's kind, as a line's `expected`. */
const wrongGeometry = (expected: 'point' | 'polygon') => ({
  when: 'r.geom IS NULL',
  code: 'wrong_geometry' as const,
  message: `format('must be a ${expected}, not a %s', GeometryType(v.geom))`,
  params: { expected: text(expected), actual: 'GeometryType(v.geom)' },
});

/** No geometry on a new row is missing; on a matched row it leaves the stored one. */
const missingGeometry = (what: string) => ({
  when: 'v.geom IS NULL OR ST_IsEmpty(v.geom)',
  line: `CASE WHEN NOT r.is_update
              THEN jsonb_build_object('field', 'geometry', 'code', 'required_for_new',
                                      'message', ${text(`is required for a new ${what}`)}) END`,
});

/** A polygon for areas: present on new rows, a polygon, valid. */
const polygon = (what: string) =>
  check('geometry', missingGeometry(what), wrongGeometry('polygon'), {
    when: 'NOT ST_IsValid(r.geom)',
    code: 'invalid_geometry',
    message: `format('is not a valid polygon: %s', ST_IsValidReason(r.geom))`,
    params: { reason: 'ST_IsValidReason(r.geom)' },
  });

const outsideYourGovernorates = (column: string, when: string) => ({
  when,
  code: 'outside_your_governorates' as const,
  message: `format('%s is outside your governorates (%s)', ${column}, array_to_string(:scope::text[], ', '))`,
  params: { governorate: column, scope: SCOPE },
});

const names = (what: string) => `
  ${required('nameAr', 'name_ar', what)}, ${tooLong('nameAr', 'name_ar', 200)},
  ${required('nameEn', 'name_en', what)}, ${tooLong('nameEn', 'name_en', 200)}`;

const REQUIRED = { code: 'required' as const, message: text('is required') };

const CHECKS: Record<BoundaryTarget, string> = {
  governorates: `
  ${check(
    'code',
    { when: 'r.code IS NULL', ...REQUIRED },
    codeFormat('code', 'code', '^EG-[A-Z]{1,3}$', 'iso_3166_2', 'an ISO 3166-2 code such as EG-KN'),
  )},
  ${duplicated('code', 'code')},
  ${check('code', outsideYourGovernorates('r.code', outsideScope('r.code')))},
  ${check('hasc', codeFormat('hasc', 'hasc', '^EG\\.[A-Z]{2}$', 'hasc', 'a HASC code such as EG.QN'))},
  ${names('governorate')}, ${population}, ${populationYear},
  ${notA('areaKm2', 'area_km2', 'a number')},
  ${check('areaKm2', {
    when: 'r.area_km2 <= 0 OR r.area_km2 > 1000000',
    code: 'out_of_range',
    message: text('must be between 0 and 1,000,000 km²'),
    params: { minimum: '0', maximum: '1000000' },
  })},
  ${polygon('governorate')}`,

  districts: `
  ${check(
    'code',
    { when: 'r.code IS NULL', ...REQUIRED },
    codeFormat('code', 'code', '^EG\\.[A-Z]{2}\\.[A-Z]{2}$', 'hasc', 'a HASC code such as EG.QN.QS'),
  )},
  ${duplicated('code', 'code')},
  ${check(
    'governorate',
    { when: 'r.governorate_code IS NULL', code: 'required_for_new', message: text('is required for a new district') },
    {
      when: 'NOT r.governorate_known',
      code: 'unknown_governorate',
      message: `format('%s is not a governorate of the registry', r.governorate_code)`,
      params: { value: 'r.governorate_code' },
    },
    outsideYourGovernorates(
      'r.governorate_code',
      `${outsideScope('r.governorate_code')} OR (r.is_update AND ${outsideScope('r.existing_governorate')})`,
    ),
  )},
  ${names('district')},
  ${check('kind', {
    when: `r.kind IS NULL AND ${TEXT('kind')} IS NOT NULL`,
    code: 'invalid_value',
    message: `format('"%s" is not a kind: markaz (مركز), kism (قسم) or city (مدينة)', ${CELL('kind')})`,
    params: { value: CELL('kind'), values: `'["markaz","kism","city"]'::jsonb` },
  })},
  ${population}, ${populationYear},
  ${polygon('district')}`,

  villages: `
  ${check(
    'osmId',
    { when: `r.osm_id IS NULL AND ${TEXT('osmId')} IS NULL`, ...REQUIRED },
    {
      when: 'r.osm_id IS NULL',
      code: 'not_a_number',
      message: `format('"%s" is not a number', ${CELL('osmId')})`,
      params: { value: CELL('osmId') },
    },
    {
      when: 'r.osm_id <= 0 OR r.osm_id <> trunc(r.osm_id)',
      code: 'not_a_whole_number',
      message: text('must be a positive whole number'),
    },
  )},
  ${duplicated('osmId', 'osm_id')},
  ${check('nameAr', {
    when: 'NOT r.is_update AND r.name_ar IS NULL AND r.name_en IS NULL',
    code: 'name_required',
    message: text('a new village needs nameAr or nameEn'),
  })},
  ${tooLong('nameAr', 'name_ar', 200)}, ${tooLong('nameEn', 'name_en', 200)}, ${tooLong('placeType', 'place_type', 40)},
  ${population},
  ${check(
    'location',
    {
      when: 'v.geom IS NULL OR ST_IsEmpty(v.geom)',
      line: `CASE WHEN NOT r.is_update
                  THEN jsonb_build_object('field', 'location', 'code', 'required_for_new',
                                          'message', 'is required for a new village') END`,
    },
    wrongGeometry('point'),
    {
      when: 'NOT r.in_egypt',
      code: 'outside_egypt',
      message: `format('%s, %s is outside Egypt', round(ST_X(r.geom)::numeric, 6), round(ST_Y(r.geom)::numeric, 6))`,
      params: { lon: 'round(ST_X(r.geom)::numeric, 6)', lat: 'round(ST_Y(r.geom)::numeric, 6)' },
    },
    {
      when: `${outsideScope('r.governorate_code')} OR (r.is_update AND ${outsideScope('r.existing_governorate')})`,
      code: 'outside_your_governorates',
      message: `format('is in %s, outside your governorates (%s)',
                       coalesce(r.governorate_code, 'no district'), array_to_string(:scope::text[], ', '))`,
      params: { governorate: 'r.governorate_code', scope: SCOPE },
    },
  )}`,
};

export const CREATE_BOUNDARY_ROWS = ROWS;
export const INSERT_BOUNDARY_ERRORS = Object.fromEntries(
  Object.entries(CHECKS).map(([target, checks]) => [target, INSERT_ERRORS(checks)]),
) as Record<BoundaryTarget, string>;
