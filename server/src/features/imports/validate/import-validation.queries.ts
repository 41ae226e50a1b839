// Validation in SQL: the source view over the staged file, the typed rows, one report line per failed check,
// the counts, and a sample of the file as it was read.
import type { Knex } from 'knex';
import { escapeIdentifier } from 'pg';
import type {
  ImportCounts,
  ImportPlacement,
  ImportResult,
  ImportTarget,
  ImportValues,
} from '../../../../../contracts/imports';
import type { Db } from '../../../db';
import { INSERT_ASSOCIATION_ERRORS } from './association-checks.sql';
import { CREATE_ASSOCIATION_ROWS } from './association-rows.sql';
import { CREATE_BOUNDARY_ROWS, INSERT_BOUNDARY_ERRORS } from './boundary-rows.sql';
import type { Validation } from '../imports.queries';
import { CREATE_PLACE_MATCHES } from '../place/place-matches.sql';
import type { StagingNames } from '../read/staging';
import { CREATE_VALUE_MATCHES, VALUE_MATCHES_JSON } from '../map/value-matches.sql';

type Queryable = Db | Knex.Transaction;

const CREATE_ROWS: Record<ImportTarget, string> = { associations: CREATE_ASSOCIATION_ROWS, ...CREATE_BOUNDARY_ROWS };
const INSERT_ERRORS: Record<ImportTarget, string> = {
  associations: INSERT_ASSOCIATION_ERRORS,
  ...INSERT_BOUNDARY_ERRORS,
};

/**
 * Every rows table has `row_no`, `is_update` and `changes` (whether a matched row would change what is stored);
 * a row with any report line is invalid.
 */
const COUNTS = `
SELECT count(*)::int AS total,
       count(*) FILTER (WHERE bad.row_no IS NULL)::int AS valid,
       count(bad.row_no)::int AS invalid,
       count(*) FILTER (WHERE bad.row_no IS NULL AND NOT r.is_update)::int AS new,
       count(*) FILTER (WHERE bad.row_no IS NULL AND r.is_update AND r.changes)::int AS updated,
       count(*) FILTER (WHERE bad.row_no IS NULL AND r.is_update AND NOT r.changes)::int AS unchanged
  FROM :rows: r
  LEFT JOIN (SELECT DISTINCT row_no FROM import_errors WHERE import_id = :importId) bad ON bad.row_no = r.row_no`;

/**
 * Settings for the rest of an import's transaction. Its statements are planned over tables without statistics and
 * look expensive, so PostgreSQL would spend seconds compiling them with JIT; they run in well under that without
 * it. They sort and hash a row or more per file row (the grids' triggers, the audit, the report): with the default
 * 4 MB a 100,000-row file spills each sort to disk.
 */
export async function planForImport(trx: Knex.Transaction): Promise<void> {
  await trx.raw('SET LOCAL jit = off');
  await trx.raw("SET LOCAL work_mem = '64MB'");
}

export interface ValidationScope {
  /** Governorates every row must be in; null: anywhere in Egypt. */
  scope: string[] | null;
  /** The governorate the import was asked to stay in, if any. */
  governorate: string | null;
  /** The user's answers for values the matching got wrong or did not find. */
  values: ImportValues;
}

/** How the rows of an associations import were placed; boundaries are not placed by name. */
const PLACEMENT = `
SELECT count(*) FILTER (WHERE r.location_precision = 'exact')::int AS exact,
       count(*) FILTER (WHERE r.location_precision = 'village')::int AS village,
       count(*) FILTER (WHERE r.location_precision = 'district')::int AS district,
       count(*) FILTER (WHERE r.geom IS NULL)::int AS none
  FROM :rows: r`;

/** The value and place matches an associations file's rows are decoded with (indexed: each row looks them up). */
async function matchValuesAndPlaces(db: Queryable, names: StagingNames, scope: ValidationScope): Promise<void> {
  const bindings = {
    values: names.values,
    places: names.places,
    source: names.source,
    choices: JSON.stringify(scope.values),
    governorate: scope.governorate,
  };
  await db.raw('DROP TABLE IF EXISTS ??, ??', [names.values, names.places]);
  await db.raw(CREATE_VALUE_MATCHES, bindings);
  await db.raw('CREATE INDEX ON ?? (field, value)', [names.values]);
  await db.raw(CREATE_PLACE_MATCHES, bindings);
  await db.raw('ANALYZE ??', [names.places]);
}

export async function createSourceView(db: Queryable, viewSql: string): Promise<void> {
  await db.raw(viewSql);
}

/** (Re)builds the matches, the typed rows and the report against the registry as it is now; returns what it found. */
export async function validateRows(
  db: Queryable,
  importId: number,
  target: ImportTarget,
  names: StagingNames,
  scope: ValidationScope,
): Promise<Validation> {
  const bindings = { ...names, importId, scope: scope.scope, governorate: scope.governorate };
  await db.raw('DROP TABLE IF EXISTS ??', [names.rows]);
  await db('import_errors').where({ import_id: importId }).delete();
  if (target === 'associations') await matchValuesAndPlaces(db, names, scope);
  await db.raw(CREATE_ROWS[target], bindings);
  await db.raw(INSERT_ERRORS[target], bindings);
  const counts = (await db.raw<{ rows: ImportCounts[] }>(COUNTS, bindings)).rows[0] as ImportCounts;
  if (target !== 'associations')
    return { counts, valueMatches: {}, placement: { exact: 0, village: 0, district: 0, none: 0 } };
  const valueMatches =
    (await db.raw<{ rows: { matches: Validation['valueMatches'] }[] }>(VALUE_MATCHES_JSON, bindings)).rows[0]
      ?.matches ?? {};
  const placement = (await db.raw<{ rows: ImportPlacement[] }>(PLACEMENT, bindings)).rows[0] as ImportPlacement;
  return { counts, valueMatches, placement };
}

/** The first rows of the staged file as text, keyed by the file's own field names. */
export async function sampleRows(
  db: Queryable,
  names: StagingNames,
  fields: string[],
  columns: string[],
  size = 10,
): Promise<ImportResult['sample']> {
  const selected = columns.map((column, index) => `${escapeIdentifier(column)}::text AS c${index}`).join(', ');
  const result = await db.raw<{ rows: Record<string, string | null>[] }>(
    `SELECT ${selected} FROM ?? ORDER BY import_row LIMIT ?`,
    [names.staged, size],
  );
  return result.rows.map((row) => Object.fromEntries(fields.map((field, index) => [field, row[`c${index}`] ?? null])));
}
