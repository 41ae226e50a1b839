// SQL pieces shared by every target's rows and checks: trimmed text, a point or an area from the staged geometry,
// the district a point falls in, and checks that yield "field<TAB>message" when they fail.
import { LOCATION_PRECISION_LABELS } from '../../../../../contracts/association';

/** The source view's text for a target field, trimmed; NULL when empty. `v` is the source view. */
export const TEXT = (field: string) => `nullif(btrim(v."${field}"), '')`;

/** The staged geometry as a point (a one-point multipoint too); NULL when it is none or not a point. */
export const POINT_OF_GEOM = `
  CASE WHEN v.geom IS NULL OR ST_IsEmpty(v.geom) THEN NULL
       WHEN GeometryType(v.geom) = 'POINT' THEN v.geom
       WHEN GeometryType(v.geom) = 'MULTIPOINT' AND ST_NumGeometries(v.geom) = 1 THEN ST_GeometryN(v.geom, 1)
  END`;

/** How precise a location is, for comparing: an import never moves an association to a vaguer place than it has. */
export const PRECISION_RANK = (precision: string) => `CASE ${precision} WHEN 'exact' THEN 3 WHEN 'village' THEN 2 WHEN 'district' THEN 1 END`;

/** Every word a locationPrecision cell may hold — the code, its Arabic and English labels — lower case, with its code. */
export const PRECISION_WORDS: [string, string][] = Object.entries(LOCATION_PRECISION_LABELS).flatMap(([code, labels]) =>
  [code, labels.ar, labels.en].map((word): [string, string] => [word.toLowerCase(), code]));

/** Points closer than this (about 0.2 m) are one place: exports write coordinates to 6 decimals. */
export const SAME_POINT_DEGREES = 2e-6;

/** `pt.geom`: POINT_OF_GEOM, for the joins below. */
export const POINT = `CROSS JOIN LATERAL (SELECT ${POINT_OF_GEOM} AS geom) pt`;

/** `place.district_code`, `place.governorate_code` of `pt.geom`: the same choice the locate_in_district trigger makes. */
export const PLACE = `
    LEFT JOIN LATERAL (
      SELECT d.code AS district_code, d.governorate_code FROM districts d
       WHERE ST_Intersects(d.geom, pt.geom) ORDER BY d.code LIMIT 1) place ON true`;

/** Whether `pt.geom` is in Egypt at all (asked only when it is in no district). */
export const IN_EGYPT = `
         CASE WHEN place.district_code IS NOT NULL THEN true
              ELSE EXISTS (SELECT 1 FROM governorates g WHERE ST_Intersects(g.geom, pt.geom)) END`;

/** The staged geometry as a multipolygon; NULL when it is none or not a polygon. */
export const AREA = `
  CASE WHEN v.geom IS NOT NULL AND NOT ST_IsEmpty(v.geom) AND GeometryType(v.geom) IN ('POLYGON', 'MULTIPOLYGON') THEN ST_Multi(v.geom) END`;

/** Rows that appear more than once under one `key` (a column of `typed`): `repeated.rows`, joined USING (key). */
export const REPEATED = (key: string) => `
  LEFT JOIN (SELECT ${key}, array_agg(row_no ORDER BY row_no) AS rows FROM typed
              WHERE ${key} IS NOT NULL GROUP BY ${key} HAVING count(*) > 1) repeated USING (${key})`;

/** A check: "field<TAB>message" when `message` (a CASE … END) is not NULL, else NULL. */
export const check = (field: string, message: string) => `'${field}' || E'\\t' || (${message})`;

export const tooLong = (field: string, column: string, max: number) =>
  check(field, `CASE WHEN length(r.${column}) > ${max} THEN 'is longer than ${max} characters' END`);

export const notA = (field: string, column: string, what: string) =>
  check(field, `CASE WHEN r.${column} IS NULL AND nullif(btrim(v."${field}"), '') IS NOT NULL
                     THEN format('"%s" is not ${what}', left(v."${field}", 60)) END`);

/** A whole number from `min` to `max`. */
export const wholeNumber = (field: string, column: string, min: number, max: number) => `
  ${notA(field, column, 'a number')},
  ${check(field, `CASE WHEN r.${column} < ${min} THEN '${min === 0 ? 'must not be negative' : `must be at least ${min}`}'
                    WHEN r.${column} <> trunc(r.${column}) THEN 'must be a whole number'
                    WHEN r.${column} > ${max} THEN 'is larger than ${max}' END`)}`;

/** Report lines from every failed check of `checks` (a list of check(...) expressions), rows `r` joined to view `v`. */
export const INSERT_ERRORS = (checks: string) => `
INSERT INTO import_errors (import_id, row_no, field, message)
SELECT :importId, r.row_no, split_part(e.entry, E'\\t', 1), substr(e.entry, strpos(e.entry, E'\\t') + 1)
  FROM :rows: r
  JOIN :source: v ON v.row_no = r.row_no
 CROSS JOIN LATERAL unnest(array_remove(ARRAY[${checks}], NULL)) AS e(entry)`;
