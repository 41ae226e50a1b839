// The per-row checks of an associations import, in one pass over the typed rows: each failed check is a report
// line (row, field, message). The limits are those of contracts/association-input.ts and the table's constraints.
import { check, INSERT_ERRORS, PRECISION_WORDS, notA, tooLong, wholeNumber } from './rows-helpers.sql';

const MAX_COUNT = 10_000_000;
const MAX_AMOUNT = 1e12;

const count = (field: string, column: string) => wholeNumber(field, column, 0, MAX_COUNT);

const amount = (field: string, column: string) => `
  ${notA(field, column, 'a number')},
  ${check(field, `CASE WHEN r.${column} < 0 THEN 'must not be negative' WHEN r.${column} > ${MAX_AMOUNT} THEN 'is too large' END`)}`;

/** `:rows:` and `:source:` of the import `:importId`; `:scope` = governorates rows must be in (NULL: anywhere). */
export const INSERT_ASSOCIATION_ERRORS = INSERT_ERRORS(`
  'registrationNo' || E'\\t' || (CASE WHEN r.registration_no IS NULL THEN 'is required' END),
  ${tooLong('registrationNo', 'registration_no', 50)},
  'registrationNo' || E'\\t' || (CASE WHEN r.duplicate_rows IS NOT NULL
                          THEN format('%s appears on rows %s of the file', r.registration_no, array_to_string(r.duplicate_rows, ', ')) END),
  'registrationNo' || E'\\t' || (CASE WHEN r.existing_deleted
                          THEN format('belongs to association %s, which was deleted: restore it before importing', r.existing_id) END),
  'registrationNo' || E'\\t' || (CASE WHEN NOT r.existing_deleted AND :scope::text[] IS NOT NULL AND r.existing_governorate <> ALL(:scope::text[])
                          THEN format('belongs to association %s in %s, outside your governorates (%s)', r.existing_id,
                                      r.existing_governorate, array_to_string(:scope::text[], ', ')) END),
  'nameAr' || E'\\t' || (CASE WHEN r.existing_id IS NULL AND r.name_ar IS NULL THEN 'is required for a new association' END),
  ${tooLong('nameAr', 'name_ar', 300)},
  ${tooLong('nameEn', 'name_en', 300)},
  'kind' || E'\\t' || (CASE WHEN r.kind IS NULL AND nullif(btrim(v."kind"), '') IS NOT NULL
                THEN format('"%s" is not a kind: civil (أهلية) or central (مركزية), or choose one in values.kind', left(v."kind", 60))
                WHEN r.kind IS NULL AND r.existing_id IS NULL THEN 'is required for a new association' END),
  'status' || E'\\t' || (CASE WHEN r.status IS NULL AND nullif(btrim(v."status"), '') IS NOT NULL
                  THEN format('"%s" is not a status: active (نشطة), suspended (موقوفة) or dissolved (منحلة)', left(v."status", 60)) END),
  ${tooLong('address', 'address', 500)},
  ${count('members', 'members')},
  ${count('boardSize', 'board_size')},
  ${count('staff', 'staff')},
  ${count('volunteers', 'volunteers')},
  ${amount('annualBudget', 'annual_budget')},
  ${notA('foundedOn', 'founded_on', 'a date (YYYY-MM-DD or DD/MM/YYYY)')},
  ${notA('registeredOn', 'registered_on', 'a date (YYYY-MM-DD or DD/MM/YYYY)')},
  ${notA('lastVerifiedOn', 'last_verified_on', 'a date (YYYY-MM-DD or DD/MM/YYYY)')},
  ${tooLong('contactPerson', 'contact_person', 200)},
  'phone' || E'\\t' || (CASE WHEN r.phone !~ '^[+]{0,1}[0-9 ()-]{6,20}$' THEN format('"%s" is not a phone number', left(v."phone", 60)) END),
  'email' || E'\\t' || (CASE WHEN r.email !~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' OR length(r.email) > 254
                 THEN format('"%s" is not an e-mail address', left(v."email", 60)) END),
  'sectors' || E'\\t' || (CASE WHEN r.unknown_sectors IS NOT NULL
                   THEN format('unknown sector "%s": choose its sector in the value table (values.sectors)', array_to_string(r.unknown_sectors, '", "')) END),
  'resources' || E'\\t' || (CASE WHEN r.unknown_resources IS NOT NULL
                     THEN format('unknown resource "%s": choose its resource in the value table (values.resources)', array_to_string(r.unknown_resources, '", "')) END),
  'resources' || E'\\t' || (CASE WHEN r.bad_quantities IS NOT NULL
                     THEN format('a quantity must be a whole number ≥ 0 or yes/no (نعم/لا): %s', array_to_string(r.bad_quantities, ', ')) END),
  'intlCoop' || E'\\t' || (CASE WHEN r.intl_coop IS NULL AND nullif(btrim(v."intlCoop"), '') IS NOT NULL
                    THEN format('"%s" is not yes or no (نعم/لا)', left(v."intlCoop", 60))
                    WHEN r.intl_coop = false AND coalesce(r.partner, r.donor) IS NOT NULL
                    THEN format('says no international cooperation, yet names the partner or donor %s', left(coalesce(r.partner, r.donor), 60)) END),
  'locationPrecision' || E'\t' || (CASE WHEN lower(btrim(v."locationPrecision")) NOT IN ('', ${PRECISION_WORDS.map(([word]) => `'${word}'`).join(', ')})
                             THEN format('"%s" is not a precision: exact, village or district', left(v."locationPrecision", 60)) END),
  ${tooLong('partner', 'partner', 200)},
  ${tooLong('donor', 'donor', 200)},
  ${tooLong('programme', 'programme', 300)},
  'location' || E'\\t' || (CASE
      WHEN r.place_message IS NOT NULL THEN r.place_message
      WHEN r.geom IS NULL AND (v.geom IS NULL OR ST_IsEmpty(v.geom))
        THEN CASE WHEN r.existing_id IS NULL THEN 'is required for a new association: give its coordinates, or the village or district it is in' END
      WHEN r.geom IS NULL THEN format('must be a point, not a %s', GeometryType(v.geom))
      WHEN NOT r.in_egypt THEN format('%s, %s is outside Egypt', round(ST_X(r.geom)::numeric, 6), round(ST_Y(r.geom)::numeric, 6))
      WHEN r.district_code IS NULL THEN format('%s, %s is outside every district', round(ST_X(r.geom)::numeric, 6), round(ST_Y(r.geom)::numeric, 6))
      WHEN :governorate::text IS NOT NULL AND r.governorate_code <> :governorate::text
        THEN format('is in %s, not in %s as the import asked', r.governorate_code, :governorate::text)
      WHEN :scope::text[] IS NOT NULL AND r.governorate_code <> ALL(:scope::text[])
        THEN format('is in %s, outside your governorates (%s)', r.governorate_code, array_to_string(:scope::text[], ', '))
    END)
`);
