// SQL that reads a staged associations file into typed rows: vocabulary values become codes through the import's
// value matches, numbers, dates and phones are parsed as typed, each row gets its point — its own, or its village's
// or district's from the place matches — and its district, and is matched with the association it would update.
import { DISTRICT_OF_POINT } from '../place/district-of-point.sql';
import { PLACE_NAMES } from '../place/place-matches.sql';
import {
  IN_EGYPT,
  POINT_OF_GEOM,
  PRECISION_RANK,
  PRECISION_WORDS,
  REPEATED,
  SAME_POINT_DEGREES,
  TEXT,
} from './rows-helpers.sql';
import { LIST_ITEMS, RESOURCE_LABEL } from '../map/value-matches.sql';

/**
 * The value match of a field's cell, joined as `alias` (its `alias.code`): a hash join over the few distinct values,
 * where a sub-query per row and field cost 0.6 s on 100,000 rows.
 */
const CODE_JOIN = (field: string, alias: string) =>
  `LEFT JOIN :values: ${alias} ON ${alias}.field = '${field}' AND ${alias}.value = btrim(v."${field}")`;

/**
 * How precise the file's own point is: what its locationPrecision column says (an export's code or label), else
 * exact.
 */
const PRECISION_OF_WORD = PRECISION_WORDS.map(([word, code]) => ` WHEN '${word}' THEN '${code}'`).join('');
const GIVEN_PRECISION = `coalesce(CASE lower(${TEXT('locationPrecision')})${PRECISION_OF_WORD} END, 'exact')`;

/** A value the file gives (not NULL) that differs from the stored one: the merge would write it. */
const GIVES_OTHER = (column: string) =>
  `(typed.${column} IS NOT NULL AND typed.${column} IS DISTINCT FROM x.${column})`;

/**
 * The stored point is kept when the file's is vaguer (the merge's rule); else moving it, or its precision, is a
 * change.
 */
const MOVES_POINT = `(typed.geom IS NOT NULL
   AND ${PRECISION_RANK('typed.location_precision')} >= ${PRECISION_RANK('x.location_precision')}
   AND (typed.location_precision <> x.location_precision
        OR NOT ST_DWithin(typed.geom, x.geom, ${SAME_POINT_DEGREES})))`;

/**
 * Whether a row matching the stored association `x` would change anything the merge writes: a scalar, the point,
 * the sector or resource list, or its programme. A file exported and imported again changes nothing, and its rows
 * are neither counted as updates nor written (no new version, no audit entry).
 */
const CHANGES_STORED = `(x.deleted_at IS NOT NULL
  OR ${[
    'name_ar',
    'name_en',
    'kind',
    'status',
    'address',
    'members',
    'board_size',
    'staff',
    'volunteers',
    'annual_budget',
    'founded_on',
    'registered_on',
    'last_verified_on',
    'contact_person',
    'phone',
    'email',
    'intl_coop',
  ]
    .map(GIVES_OTHER)
    .join(' OR ')}
  OR ${MOVES_POINT}
  OR (typed.sectors IS NOT NULL AND typed.sectors IS DISTINCT FROM
        ARRAY(SELECT s.sector_code FROM association_sectors s WHERE s.association_id = x.id ORDER BY 1)::text[])
  OR (typed.resources IS NOT NULL AND typed.resources IS DISTINCT FROM
        (SELECT coalesce(jsonb_object_agg(q.resource_code, q.quantity), '{}')
           FROM association_resources q WHERE q.association_id = x.id))
  OR (coalesce(typed.partner, typed.donor) IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM intl_programmes p
         WHERE p.association_id = x.id AND normalize_ar(p.partner) = normalize_ar(coalesce(typed.partner, typed.donor))
           AND p.status = 'active'
           AND p.name = coalesce(typed.programme, typed.partner, typed.donor)
           AND (typed.donor IS NULL OR p.donor_country = typed.donor))))`;

/**
 * Each row's registration number, read from the source rather than the typed rows: `typed` is then read once, and
 * streamed into the table instead of being kept aside for a second reading (0.19 s of 1.2 s on 100,000 rows).
 */
const REGISTRATION_NUMBERS = `(SELECT ${TEXT('registrationNo')} AS registration_no, v.row_no FROM :source: v) AS keyed`;

/**
 * `:source:` is the import's source view (text columns named as the target fields, `resourceColumns` jsonb of
 * resource code → text, and `geom`); `:values:` and `:places:` are its value and place matches; `:rows:` is made.
 */
export const CREATE_ASSOCIATION_ROWS = `
CREATE TABLE :rows: AS
WITH typed AS (
  SELECT v.row_no,
         ${TEXT('registrationNo')} AS registration_no,
         ${TEXT('nameAr')} AS name_ar,
         ${TEXT('nameEn')} AS name_en,
         kind_match.code AS kind,
         status_match.code AS status,
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
         import_phone(${TEXT('phone')}) AS phone,
         lower(${TEXT('email')}) AS email,
         coop_match.code = 'yes' AS intl_coop,
         ${TEXT('partner')} AS partner, ${TEXT('donor')} AS donor, ${TEXT('programme')} AS programme,
         sec.codes AS sectors, sec.unknown AS unknown_sectors,
         res.quantities AS resources, res.unknown AS unknown_resources, res.bad AS bad_quantities,
         pt.geom, pt.precision AS location_precision, named.problem AS place_problem,
         named.governorate_text IS NOT NULL AS place_named,
         place.district_code, place.governorate_code,
         ${IN_EGYPT} AS in_egypt,
         a.id AS existing_id, a.deleted_at IS NOT NULL AS existing_deleted, a.governorate_code AS existing_governorate
    FROM :source: v
    ${CODE_JOIN('kind', 'kind_match')}
    ${CODE_JOIN('status', 'status_match')}
    ${CODE_JOIN('intlCoop', 'coop_match')}
    CROSS JOIN LATERAL (SELECT ${POINT_OF_GEOM} AS geom, ${PLACE_NAMES('v')}) given
    LEFT JOIN :places: named ON (given.geom IS NULL AND named.governorate_text = given.governorate_text
                                 AND named.district_text = given.district_text
                                 AND named.village_text = given.village_text)
    CROSS JOIN LATERAL (SELECT coalesce(given.geom, named.geom) AS geom,
                               CASE WHEN given.geom IS NOT NULL THEN ${GIVEN_PRECISION} ELSE named.precision END
                                 AS precision) pt
    ${DISTRICT_OF_POINT('pt.geom', 'own_place', 'given.geom IS NOT NULL')}
    CROSS JOIN LATERAL (SELECT coalesce(own_place.district_code, named.district_code) AS district_code,
                               coalesce(own_place.governorate_code, named.governorate_code) AS governorate_code) place
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT m.code) FILTER (WHERE m.code IS NOT NULL) AS codes,
             array_agg(btrim(items.item)) FILTER (WHERE m.code IS NULL) AS unknown
        FROM ${LIST_ITEMS('v."sectors"')} AS items(item)
        LEFT JOIN :values: m ON m.field = 'sectors' AND m.value = btrim(items.item)
       WHERE btrim(items.item) <> '') sec ON true
    LEFT JOIN LATERAL (
      SELECT CASE WHEN count(*) > 0
                  THEN coalesce(jsonb_object_agg(given_resource.code, q.quantity)
                                  FILTER (WHERE given_resource.code IS NOT NULL AND q.quantity > 0), '{}') END
               AS quantities,
             array_agg(given_resource.label) FILTER (WHERE given_resource.code IS NULL) AS unknown,
             array_agg(given_resource.label || ': ' || given_resource.amount)
               FILTER (WHERE given_resource.code IS NOT NULL
                         AND (q.quantity IS NULL OR q.quantity < 0 OR q.quantity <> trunc(q.quantity))) AS bad
        FROM (SELECT ${RESOURCE_LABEL('items.item')} AS label,
                     coalesce(btrim((regexp_match(items.item, '[:=](.*)$'))[1]), '1') AS amount, m.code
                FROM ${LIST_ITEMS('v."resources"')} AS items(item)
                LEFT JOIN :values: m ON m.field = 'resources' AND m.value = ${RESOURCE_LABEL('items.item')}
               WHERE btrim(items.item) <> ''
              UNION ALL
              SELECT key, value, key FROM jsonb_each_text(v."resourceColumns") WHERE btrim(value) <> '') given_resource
        CROSS JOIN LATERAL (
          SELECT coalesce(import_number(given_resource.amount),
                          CASE import_yes_no(given_resource.amount) WHEN true THEN 1 WHEN false THEN 0 END)
                   AS quantity) q
    ) res ON true
    LEFT JOIN associations a ON a.registration_no = ${TEXT('registrationNo')}
)
SELECT typed.*, typed.existing_id IS NOT NULL AS is_update, repeated.rows AS duplicate_rows,
       typed.existing_id IS NULL OR ${CHANGES_STORED} AS changes
  FROM typed
  ${REPEATED('registration_no', REGISTRATION_NUMBERS)}
  LEFT JOIN associations x ON x.id = typed.existing_id`;
