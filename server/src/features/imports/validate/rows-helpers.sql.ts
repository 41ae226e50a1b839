// SQL pieces shared by every target's rows and checks: trimmed text, a point or an area from the staged geometry,
// the district a point falls in, and checks that yield a report line — field, code and parameters
// (contracts/problem-codes.ts), English message — as jsonb when they fail.
import { LOCATION_PRECISION_LABELS } from '../../../../../contracts/association';
import type { ProblemCode } from '../../../../../contracts/problem-codes';
import { DISTRICT_OF_POINT } from '../place/district-of-point.sql';

/** The source view's text for a target field, trimmed; NULL when empty. `v` is the source view. */
export const TEXT = (field: string) => `nullif(btrim(v."${field}"), '')`;

/** The staged geometry as a point (a one-point multipoint too); NULL when it is none or not a point. */
export const POINT_OF_GEOM = `
  CASE WHEN v.geom IS NULL OR ST_IsEmpty(v.geom) THEN NULL
       WHEN GeometryType(v.geom) = 'POINT' THEN v.geom
       WHEN GeometryType(v.geom) = 'MULTIPOINT' AND ST_NumGeometries(v.geom) = 1 THEN ST_GeometryN(v.geom, 1)
  END`;

/** How precise a location is, for comparing: an import never moves an association to a vaguer place than it has. */
export const PRECISION_RANK = (precision: string) =>
  `CASE ${precision} WHEN 'exact' THEN 3 WHEN 'village' THEN 2 WHEN 'district' THEN 1 END`;

/**
 * Every word a locationPrecision cell may hold — the code, its Arabic and English labels — lower case, with its
 * code.
 */
export const PRECISION_WORDS: [string, string][] = Object.entries(LOCATION_PRECISION_LABELS).flatMap(([code, labels]) =>
  [code, labels.ar, labels.en].map((word): [string, string] => [word.toLowerCase(), code]),
);

/** Points closer than this (about 0.2 m) are one place: exports write coordinates to 6 decimals. */
export const SAME_POINT_DEGREES = 2e-6;

/** `pt.geom`: POINT_OF_GEOM, for the joins below. */
export const POINT = `CROSS JOIN LATERAL (SELECT ${POINT_OF_GEOM} AS geom) pt`;

/**
 * `place.district_code`, `place.governorate_code` of `pt.geom`: the same choice the locate_in_district trigger
 * makes.
 */
export const PLACE = DISTRICT_OF_POINT('pt.geom', 'place');

/** Whether `pt.geom` is in Egypt at all (asked only when it is in no district). */
export const IN_EGYPT = `
         CASE WHEN place.district_code IS NOT NULL THEN true
              ELSE EXISTS (SELECT 1 FROM governorates g WHERE ST_Intersects(g.geom, pt.geom)) END`;

/** The staged geometry as a multipolygon; NULL when it is none or not a polygon. */
export const AREA = `
  CASE WHEN v.geom IS NOT NULL AND NOT ST_IsEmpty(v.geom) AND GeometryType(v.geom) IN ('POLYGON', 'MULTIPOLYGON')
       THEN ST_Multi(v.geom) END`;

/**
 * Rows that appear more than once under one `key`: `repeated.rows`, joined USING (key). The keys are read from
 * `keyed` (a FROM item with `key` and `row_no`), `typed` by default.
 */
export const REPEATED = (key: string, keyed = 'typed') => `
  LEFT JOIN (SELECT ${key}, array_agg(row_no ORDER BY row_no) AS rows FROM ${keyed}
              WHERE ${key} IS NOT NULL GROUP BY ${key} HAVING count(*) > 1) repeated USING (${key})`;

/** Parameters of a report line's code, each an SQL expression: `{ maximum: '300', value: 'left(v."kind", 60)' }`. */
export type LineParams = Record<string, string>;

/** One way a check fails: when `when` holds, a line with `code`, its parameters and `message` (SQL expressions). */
export type Failure =
  { when: string; code: ProblemCode; message: string; params?: LineParams } | { when: string; line: string };

/** An SQL string literal. */
export const text = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** A report line: `field`, `code` (contracts/problem-codes.ts), the code's parameters and the English `message`. */
const line = (field: string, code: ProblemCode, message: string, params: LineParams = {}) =>
  `jsonb_build_object('field', ${text(field)}, 'code', ${text(code)}${Object.entries(params)
    .map(([name, sql]) => `, ${text(name)}, ${sql}`)
    .join('')}, 'message', ${message})`;

/** The line a failure of `field` yields: its own `line`, or one built from its code, message and parameters. */
const lineOf = (field: string, failure: Failure) =>
  'line' in failure ? failure.line : line(field, failure.code, failure.message, failure.params);

/**
 * A check of one field: the line of the first failure whose `when` holds (a `line` of NULL passes the row), else
 * NULL.
 */
export const check = (field: string, ...failures: Failure[]) =>
  `CASE ${failures.map((failure) => `WHEN ${failure.when} THEN ${lineOf(field, failure)}`).join('\n          ')} END`;

/** The cell as the file has it, cut short: the `value` parameter of a line. */
export const CELL = (field: string) => `left(v."${field}", 60)`;

export const tooLong = (field: string, column: string, max: number) =>
  check(field, {
    when: `length(r.${column}) > ${max}`,
    code: 'too_big',
    message: text(`is longer than ${max} characters`),
    params: { origin: "'string'", maximum: `${max}` },
  });

/** A cell that holds something, yet not a `what` (`code`: not_a_number, not_a_date). */
export const notA = (field: string, column: string, what: string, code: ProblemCode = 'not_a_number') =>
  check(field, {
    when: `r.${column} IS NULL AND nullif(btrim(v."${field}"), '') IS NOT NULL`,
    code,
    message: `format('"%s" is not ${what}', ${CELL(field)})`,
    params: { value: CELL(field) },
  });

/** A number from `min` to `max`, `whole` or not; `tooLarge` words the upper bound. */
export const boundedNumber = (
  field: string,
  column: string,
  min: number,
  max: number,
  { whole = true, tooLarge = `is larger than ${max}` } = {},
) => `
  ${notA(field, column, 'a number')},
  ${check(
    field,
    {
      when: `r.${column} < ${min}`,
      code: 'too_small',
      message: text(min === 0 ? 'must not be negative' : `must be at least ${min}`),
      params: { origin: "'number'", minimum: `${min}` },
    },
    ...(whole
      ? [
          {
            when: `r.${column} <> trunc(r.${column})`,
            code: 'not_a_whole_number' as const,
            message: text('must be a whole number'),
          },
        ]
      : []),
    {
      when: `r.${column} > ${max}`,
      code: 'too_big',
      message: text(tooLarge),
      params: { origin: "'number'", maximum: `${max}` },
    },
  )}`;

/** A whole number from `min` to `max`. */
export const wholeNumber = (field: string, column: string, min: number, max: number) =>
  boundedNumber(field, column, min, max);

/** Report lines from every failed check of `checks` (a list of check(...) expressions), rows `r` joined to view `v`. */
export const INSERT_ERRORS = (checks: string) => `
INSERT INTO import_errors (import_id, row_no, field, code, params, message)
SELECT :importId, r.row_no, e.line->>'field', e.line->>'code', e.line - 'field' - 'code' - 'message', e.line->>'message'
  FROM :rows: r
  JOIN :source: v ON v.row_no = r.row_no
 CROSS JOIN LATERAL unnest(array_remove(ARRAY[${checks}]::jsonb[], NULL)) AS e(line)`;
