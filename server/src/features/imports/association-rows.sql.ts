// SQL that reads a staged associations file into typed rows: words in Arabic or English become codes, numbers and
// dates are parsed, each point is placed in its district and matched with the association it would update.
import { IN_EGYPT, PLACE, POINT, REPEATED, TEXT } from './rows-helpers.sql';

/**
 * A word looked up in `words` as typed (lower case), and only when that fails after normalize_ar (no tashkeel,
 * one alef, ة → ه): the normalisation costs more than the rest of a row, and most cells are spelled as listed.
 */
const WORD_OF = (text: string, words: string) => `
  CASE WHEN ${text} IS NOT NULL THEN coalesce(
    (SELECT w.code FROM ${words} w WHERE w.word = lower(btrim(${text}))),
    (SELECT w.code FROM ${words} w WHERE w.word = normalize_ar(${text}))) END`;

/** Words for kinds, statuses and yes/no (as 1/0), Arabic and English; normalised forms are added below. */
const FIXED_WORDS = `
  (VALUES ('kind', 'civil', 'civil'), ('kind', 'أهلية', 'civil'), ('kind', 'جمعية أهلية', 'civil'), ('kind', 'أهلي', 'civil'),
          ('kind', 'central', 'central'), ('kind', 'مركزية', 'central'), ('kind', 'جمعية مركزية', 'central'), ('kind', 'مركزي', 'central'),
          ('status', 'active', 'active'), ('status', 'نشطة', 'active'), ('status', 'نشط', 'active'), ('status', 'قائمة', 'active'),
          ('status', 'suspended', 'suspended'), ('status', 'موقوفة', 'suspended'), ('status', 'متوقفة', 'suspended'),
          ('status', 'dissolved', 'dissolved'), ('status', 'منحلة', 'dissolved'), ('status', 'محلولة', 'dissolved'),
          ('yes_no', 'نعم', '1'), ('yes_no', 'yes', '1'), ('yes_no', 'y', '1'), ('yes_no', 'true', '1'), ('yes_no', 't', '1'),
          ('yes_no', 'يوجد', '1'), ('yes_no', 'موجود', '1'), ('yes_no', 'لا', '0'), ('yes_no', 'no', '0'), ('yes_no', 'n', '0'),
          ('yes_no', 'false', '0'), ('yes_no', 'f', '0'), ('yes_no', 'لا يوجد', '0'), ('yes_no', 'غير موجود', '0'))`;

/** Every word of every list (kind, status, yes/no, sector, resource), as spelled in lower case and normalised. */
const WORDS = `
  SELECT DISTINCT ON (list, word) list, word, code
    FROM (SELECT list, label, code FROM ${FIXED_WORDS} AS fixed(list, label, code)
          UNION ALL SELECT 'sector', label, code FROM sectors, unnest(ARRAY[code, label_ar, label_en]) AS label
          UNION ALL SELECT 'resource', label, code FROM resource_types, unnest(ARRAY[code, label_ar, label_en]) AS label) AS listed,
         LATERAL (VALUES (lower(label)), (normalize_ar(label))) AS spelled(word)
   ORDER BY list, word, code`;

/** Items of a list cell: split on , ; ، ؛ | or new lines. */
const LIST_ITEMS = (field: string) => `regexp_split_to_table(v."${field}", '[,;،؛|\\n]')`;

/**
 * `:source:` is the import's source view (text columns named as the target fields, `resourceColumns` jsonb of
 * resource code → text, and `geom`); `:rows:` is created from it.
 */
export const CREATE_ASSOCIATION_ROWS = `
CREATE TABLE :rows: AS
WITH words AS MATERIALIZED (${WORDS}
), kind_words AS MATERIALIZED (SELECT word, code FROM words WHERE list = 'kind'),
status_words AS MATERIALIZED (SELECT word, code FROM words WHERE list = 'status'),
yes_no_words AS MATERIALIZED (SELECT word, code FROM words WHERE list = 'yes_no'),
sector_words AS MATERIALIZED (SELECT word, code FROM words WHERE list = 'sector'),
resource_words AS MATERIALIZED (SELECT word, code FROM words WHERE list = 'resource'), typed AS (
  SELECT v.row_no,
         ${TEXT('registrationNo')} AS registration_no,
         ${TEXT('nameAr')} AS name_ar,
         ${TEXT('nameEn')} AS name_en,
         ${WORD_OF('v."kind"', 'kind_words')} AS kind,
         ${WORD_OF('v."status"', 'status_words')} AS status,
         ${TEXT('address')} AS address,
         import_number(v."members") AS members,
         import_number(v."boardSize") AS board_size,
         import_number(v."staff") AS staff,
         import_number(v."volunteers") AS volunteers,
         import_number(v."annualBudget") AS annual_budget,
         import_date(v."foundedOn") AS founded_on,
         import_date(v."registeredOn") AS registered_on,
         import_date(v."lastVerifiedOn") AS last_verified_on,
         ${TEXT('contactPerson')} AS contact_person,
         translate(${TEXT('phone')}, '٠١٢٣٤٥٦٧٨٩', '0123456789') AS phone,
         lower(${TEXT('email')}) AS email,
         sec.codes AS sectors, sec.unknown AS unknown_sectors,
         res.quantities AS resources, res.unknown AS unknown_resources, res.bad AS bad_quantities,
         pt.geom,
         place.district_code, place.governorate_code,
         ${IN_EGYPT} AS in_egypt,
         a.id AS existing_id, a.deleted_at IS NOT NULL AS existing_deleted, a.governorate_code AS existing_governorate
    FROM :source: v
    ${POINT}
    ${PLACE}
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT found.code) FILTER (WHERE found.code IS NOT NULL) AS codes,
             array_agg(btrim(item)) FILTER (WHERE found.code IS NULL) AS unknown
        FROM ${LIST_ITEMS('sectors')} AS item, LATERAL (SELECT ${WORD_OF('item', 'sector_words')} AS code) found
       WHERE btrim(item) <> '') sec ON true
    LEFT JOIN LATERAL (
      SELECT CASE WHEN count(*) > 0 THEN coalesce(jsonb_object_agg(w.code, q.quantity) FILTER (WHERE w.code IS NOT NULL AND q.quantity > 0), '{}') END AS quantities,
             array_agg(given.label) FILTER (WHERE w.code IS NULL) AS unknown,
             array_agg(given.label || ': ' || given.amount) FILTER (WHERE w.code IS NOT NULL AND (q.quantity IS NULL OR q.quantity < 0 OR q.quantity <> trunc(q.quantity))) AS bad
        -- "label" or "label: quantity" / "label = quantity" (no question marks here: knex reads them as bindings)
        FROM (SELECT btrim(coalesce(parts[1], item)) AS label, coalesce(btrim(parts[2]), '1') AS amount
                FROM ${LIST_ITEMS('resources')} AS item, regexp_match(item, '^([^:=]*)[:=](.*)$') AS parts
               WHERE btrim(item) <> ''
              UNION ALL
              SELECT key, value FROM jsonb_each_text(v."resourceColumns") WHERE btrim(value) <> '') given
        CROSS JOIN LATERAL (SELECT ${WORD_OF('given.label', 'resource_words')} AS code) w
        CROSS JOIN LATERAL (SELECT coalesce(import_number(given.amount), (${WORD_OF('given.amount', 'yes_no_words')})::int) AS quantity) q
    ) res ON true
    LEFT JOIN associations a ON a.registration_no = ${TEXT('registrationNo')}
)
SELECT typed.*, typed.existing_id IS NOT NULL AS is_update, repeated.rows AS duplicate_rows
  FROM typed
  ${REPEATED('registration_no')}`;
