// The per-row checks of an associations import, in one pass over the typed rows: each failed check is a report
// line (row, field, code with its parameters, English message). The limits are those of
// contracts/association-input.ts and the table's constraints.
import {
  boundedNumber,
  CELL,
  check,
  INSERT_ERRORS,
  notA,
  PRECISION_WORDS,
  text,
  tooLong,
  wholeNumber,
} from './rows-helpers.sql';

const MAX_COUNT = 10_000_000;
const MAX_AMOUNT = 1e12;

const count = (field: string, column: string) => wholeNumber(field, column, 0, MAX_COUNT);
const amount = (field: string, column: string) =>
  boundedNumber(field, column, 0, MAX_AMOUNT, { whole: false, tooLarge: 'is too large' });
const date = (field: string, column: string) => notA(field, column, 'a date (YYYY-MM-DD or DD/MM/YYYY)', 'not_a_date');

/** A cell that names no value of a list: invalid_value with the cell and the list's codes. */
const notOneOf = (field: string, column: string, message: string, values: string[]) => ({
  when: `r.${column} IS NULL AND nullif(btrim(v."${field}"), '') IS NOT NULL`,
  code: 'invalid_value' as const,
  message: `format(${text(message)}, ${CELL(field)})`,
  params: { value: CELL(field), values: `${text(JSON.stringify(values))}::jsonb` },
});

const NEW_ROW = 'r.existing_id IS NULL';
const REQUIRED_FOR_NEW = { code: 'required_for_new' as const, message: text('is required for a new association') };
const SCOPE = 'to_jsonb(:scope::text[])';
const LON_LAT = { lon: 'round(ST_X(r.geom)::numeric, 6)', lat: 'round(ST_Y(r.geom)::numeric, 6)' };

/** `:rows:` and `:source:` of the import `:importId`; `:scope` = governorates rows must be in (NULL: anywhere). */
export const INSERT_ASSOCIATION_ERRORS = INSERT_ERRORS(`
  ${check('registrationNo', { when: 'r.registration_no IS NULL', code: 'required', message: text('is required') })},
  ${tooLong('registrationNo', 'registration_no', 50)},
  ${check('registrationNo', {
    when: 'r.duplicate_rows IS NOT NULL',
    code: 'duplicate_in_file',
    message: `format('%s appears on rows %s of the file', r.registration_no, array_to_string(r.duplicate_rows, ', '))`,
    params: { value: 'r.registration_no', rows: 'to_jsonb(r.duplicate_rows)' },
  })},
  ${check('registrationNo', {
    when: 'r.existing_deleted',
    code: 'deleted_association',
    message: `format('belongs to association %s, which was deleted: restore it before importing', r.existing_id)`,
    params: { association: 'r.existing_id' },
  })},
  ${check('registrationNo', {
    when: 'NOT r.existing_deleted AND :scope::text[] IS NOT NULL AND r.existing_governorate <> ALL(:scope::text[])',
    code: 'outside_your_governorates',
    message: `format('belongs to association %s in %s, outside your governorates (%s)',
                     r.existing_id, r.existing_governorate, array_to_string(:scope::text[], ', '))`,
    params: { association: 'r.existing_id', governorate: 'r.existing_governorate', scope: SCOPE },
  })},
  ${check('nameAr', { when: `${NEW_ROW} AND r.name_ar IS NULL`, ...REQUIRED_FOR_NEW })},
  ${tooLong('nameAr', 'name_ar', 300)},
  ${tooLong('nameEn', 'name_en', 300)},
  ${check(
    'kind',
    notOneOf('kind', 'kind', '"%s" is not a kind: civil (أهلية) or central (مركزية), or choose one in values.kind', [
      'civil',
      'central',
    ]),
    { when: `r.kind IS NULL AND ${NEW_ROW}`, ...REQUIRED_FOR_NEW },
  )},
  ${check(
    'status',
    notOneOf('status', 'status', '"%s" is not a status: active (نشطة), suspended (موقوفة) or dissolved (منحلة)', [
      'active',
      'suspended',
      'dissolved',
    ]),
  )},
  ${tooLong('address', 'address', 500)},
  ${count('members', 'members')},
  ${count('boardSize', 'board_size')},
  ${count('staff', 'staff')},
  ${count('volunteers', 'volunteers')},
  ${amount('annualBudget', 'annual_budget')},
  ${date('foundedOn', 'founded_on')},
  ${date('registeredOn', 'registered_on')},
  ${date('lastVerifiedOn', 'last_verified_on')},
  ${tooLong('contactPerson', 'contact_person', 200)},
  ${check('phone', {
    when: `r.phone !~ '^[+]{0,1}[0-9 ()-]{6,20}$'`,
    code: 'not_a_phone_number',
    message: `format('"%s" is not a phone number', ${CELL('phone')})`,
    params: { value: CELL('phone') },
  })},
  ${check('email', {
    when: `r.email !~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' OR length(r.email) > 254`,
    code: 'invalid_format',
    message: `format('"%s" is not an e-mail address', ${CELL('email')})`,
    params: { format: "'email'", value: CELL('email') },
  })},
  ${check('sectors', {
    when: 'r.unknown_sectors IS NOT NULL',
    code: 'unknown_sector',
    message: `format('unknown sector "%s": choose its sector in the value table (values.sectors)',
                     array_to_string(r.unknown_sectors, '", "'))`,
    params: { values: 'to_jsonb(r.unknown_sectors)' },
  })},
  ${check('resources', {
    when: 'r.unknown_resources IS NOT NULL',
    code: 'unknown_resource',
    message: `format('unknown resource "%s": choose its resource in the value table (values.resources)',
                     array_to_string(r.unknown_resources, '", "'))`,
    params: { values: 'to_jsonb(r.unknown_resources)' },
  })},
  ${check('resources', {
    when: 'r.bad_quantities IS NOT NULL',
    code: 'invalid_quantity',
    message: `format('a quantity must be a whole number ≥ 0 or yes/no (نعم/لا): %s',
                     array_to_string(r.bad_quantities, ', '))`,
    params: { values: 'to_jsonb(r.bad_quantities)' },
  })},
  ${check('intlCoop', notOneOf('intlCoop', 'intl_coop', '"%s" is not yes or no (نعم/لا)', ['yes', 'no']), {
    when: 'r.intl_coop = false AND coalesce(r.partner, r.donor) IS NOT NULL',
    code: 'contradicts_partner',
    message: `format('says no international cooperation, yet names the partner or donor %s',
                     left(coalesce(r.partner, r.donor), 60))`,
    params: { partner: 'left(coalesce(r.partner, r.donor), 60)' },
  })},
  ${check('locationPrecision', {
    when: `lower(btrim(v."locationPrecision")) NOT IN ('', ${PRECISION_WORDS.map(([word]) => text(word)).join(', ')})`,
    code: 'invalid_value',
    message: `format('"%s" is not a precision: exact, village or district', ${CELL('locationPrecision')})`,
    params: { value: CELL('locationPrecision'), values: `'["exact","village","district"]'::jsonb` },
  })},
  ${tooLong('partner', 'partner', 200)},
  ${tooLong('donor', 'donor', 200)},
  ${tooLong('programme', 'programme', 300)},
  ${check(
    'location',
    { when: 'r.place_problem IS NOT NULL', line: `jsonb_build_object('field', 'location') || r.place_problem` },
    {
      when: 'r.geom IS NULL AND (v.geom IS NULL OR ST_IsEmpty(v.geom))',
      line: `CASE WHEN ${NEW_ROW} THEN jsonb_build_object('field', 'location', 'code', 'required_for_new', 'message',
               'is required for a new association: give its coordinates, or the village or district it is in') END`,
    },
    {
      when: 'r.geom IS NULL',
      code: 'wrong_geometry',
      message: `format('must be a point, not a %s', GeometryType(v.geom))`,
      params: { expected: "'point'", actual: 'GeometryType(v.geom)' },
    },
    {
      when: 'NOT r.in_egypt',
      code: 'outside_egypt',
      params: LON_LAT,
      message: `format('%s, %s is outside Egypt', round(ST_X(r.geom)::numeric, 6), round(ST_Y(r.geom)::numeric, 6))`,
    },
    {
      when: 'r.district_code IS NULL',
      code: 'outside_every_district',
      params: LON_LAT,
      message: `format('%s, %s is outside every district',
                       round(ST_X(r.geom)::numeric, 6), round(ST_Y(r.geom)::numeric, 6))`,
    },
    {
      when: ':governorate::text IS NOT NULL AND r.governorate_code <> :governorate::text',
      code: 'not_in_import_governorate',
      message: `format('is in %s, not in %s as the import asked', r.governorate_code, :governorate::text)`,
      params: { governorate: 'r.governorate_code', expected: ':governorate::text' },
    },
    {
      when: ':scope::text[] IS NOT NULL AND r.governorate_code <> ALL(:scope::text[])',
      code: 'outside_your_governorates',
      message: `format('is in %s, outside your governorates (%s)',
                       r.governorate_code, array_to_string(:scope::text[], ', '))`,
      params: { governorate: 'r.governorate_code', scope: SCOPE },
    },
  )}
`);
