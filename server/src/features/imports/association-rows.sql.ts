// SQL that reads a staged associations file into typed rows: words in Arabic or English become codes, numbers and
// dates are parsed, each point is placed in its district and matched with the association it would update.

/** Kind and status words (after normalize_ar: no hamza on alef, ة → ه), Arabic and English. */
const KIND_OF = (text: string) => `
  CASE normalize_ar(${text})
    WHEN 'civil' THEN 'civil' WHEN 'اهليه' THEN 'civil' WHEN 'جمعيه اهليه' THEN 'civil' WHEN 'اهلي' THEN 'civil'
    WHEN 'central' THEN 'central' WHEN 'مركزيه' THEN 'central' WHEN 'جمعيه مركزيه' THEN 'central' WHEN 'مركزي' THEN 'central'
  END`;

const STATUS_OF = (text: string) => `
  CASE normalize_ar(${text})
    WHEN 'active' THEN 'active' WHEN 'نشطه' THEN 'active' WHEN 'نشط' THEN 'active' WHEN 'قائمه' THEN 'active'
    WHEN 'suspended' THEN 'suspended' WHEN 'موقوفه' THEN 'suspended' WHEN 'متوقفه' THEN 'suspended'
    WHEN 'dissolved' THEN 'dissolved' WHEN 'منحله' THEN 'dissolved' WHEN 'محلوله' THEN 'dissolved'
  END`;

/** نعم / لا, yes / no, true / false, 1 / 0 as a quantity: 1 or 0. */
export const YES_NO_QUANTITY = (text: string) => `
  CASE WHEN normalize_ar(${text}) IN ('نعم', 'yes', 'y', 'true', 't', 'يوجد', 'موجود') THEN 1
       WHEN normalize_ar(${text}) IN ('لا', 'no', 'n', 'false', 'f', 'لا يوجد', 'غير موجود') THEN 0 END`;

const TEXT = (field: string) => `nullif(btrim(v."${field}"), '')`;

/** Items of a list cell: split on , ; ، ؛ | or new lines. */
const LIST_ITEMS = (field: string) => `regexp_split_to_table(v."${field}", '[,;،؛|\\n]')`;

/**
 * `:source:` is the import's source view (text columns named as the target fields, `resourceColumns` jsonb of
 * resource code → text, and `geom`); `:rows:` is created from it.
 */
export const CREATE_ASSOCIATION_ROWS = `
CREATE TABLE :rows: AS
WITH sector_words AS MATERIALIZED (
  SELECT DISTINCT ON (word) normalize_ar(label) AS word, code
    FROM sectors, unnest(ARRAY[code, label_ar, label_en]) AS label ORDER BY word, code
), resource_words AS MATERIALIZED (
  SELECT DISTINCT ON (word) normalize_ar(label) AS word, code
    FROM resource_types, unnest(ARRAY[code, label_ar, label_en]) AS label ORDER BY word, code
), typed AS (
  SELECT v.row_no,
         ${TEXT('registrationNo')} AS registration_no,
         ${TEXT('nameAr')} AS name_ar,
         ${TEXT('nameEn')} AS name_en,
         ${KIND_OF('v."kind"')} AS kind,
         ${STATUS_OF('v."status"')} AS status,
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
         CASE WHEN place.district_code IS NOT NULL THEN true
              ELSE EXISTS (SELECT 1 FROM governorates g WHERE ST_Intersects(g.geom, pt.geom)) END AS in_egypt,
         a.id AS existing_id, a.deleted_at IS NOT NULL AS existing_deleted, a.governorate_code AS existing_governorate
    FROM :source: v
    CROSS JOIN LATERAL (
      SELECT CASE WHEN v.geom IS NULL OR ST_IsEmpty(v.geom) THEN NULL
                  WHEN GeometryType(v.geom) = 'POINT' THEN v.geom
                  WHEN GeometryType(v.geom) = 'MULTIPOINT' AND ST_NumGeometries(v.geom) = 1 THEN ST_GeometryN(v.geom, 1)
             END AS geom) pt
    LEFT JOIN LATERAL (
      -- The same choice as the locate_in_district trigger makes.
      SELECT d.code AS district_code, d.governorate_code FROM districts d
       WHERE ST_Intersects(d.geom, pt.geom) ORDER BY d.code LIMIT 1) place ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT w.code) FILTER (WHERE w.code IS NOT NULL) AS codes,
             array_agg(btrim(item)) FILTER (WHERE w.code IS NULL) AS unknown
        FROM ${LIST_ITEMS('sectors')} AS item
        LEFT JOIN sector_words w ON w.word = normalize_ar(item)
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
        LEFT JOIN resource_words w ON w.word = normalize_ar(given.label)
        CROSS JOIN LATERAL (SELECT coalesce(import_number(given.amount), ${YES_NO_QUANTITY('given.amount')}) AS quantity) q
    ) res ON true
    LEFT JOIN associations a ON a.registration_no = ${TEXT('registrationNo')}
)
SELECT typed.*, typed.existing_id IS NOT NULL AS is_update,
       CASE WHEN registration_no IS NOT NULL AND count(*) OVER same_number > 1
            THEN array_agg(row_no) OVER same_number END AS duplicate_rows
  FROM typed
WINDOW same_number AS (PARTITION BY registration_no ORDER BY row_no ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)`;
