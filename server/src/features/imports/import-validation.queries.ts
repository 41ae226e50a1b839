// Validation in SQL: the source view over the staged file, the typed rows, one report line per failed check,
// the counts, and a sample of the file as it was read.
import type { Knex } from 'knex';
import { escapeIdentifier } from 'pg';
import type { ImportCounts, ImportResult, ImportTarget } from '../../../../contracts/imports';
import type { Db } from '../../db';
import { INSERT_ASSOCIATION_ERRORS } from './association-checks.sql';
import { CREATE_ASSOCIATION_ROWS } from './association-rows.sql';
import { CREATE_BOUNDARY_ROWS, INSERT_BOUNDARY_ERRORS } from './boundary-rows.sql';
import type { StagingNames } from './staging';

type Queryable = Db | Knex.Transaction;

const CREATE_ROWS: Record<ImportTarget, string> = { associations: CREATE_ASSOCIATION_ROWS, ...CREATE_BOUNDARY_ROWS };
const INSERT_ERRORS: Record<ImportTarget, string> = { associations: INSERT_ASSOCIATION_ERRORS, ...INSERT_BOUNDARY_ERRORS };

/** Every rows table has `row_no` and `is_update`; a row with any report line is invalid. */
const COUNTS = `
SELECT count(*)::int AS total,
       count(*) FILTER (WHERE bad.row_no IS NULL)::int AS valid,
       count(bad.row_no)::int AS invalid,
       count(*) FILTER (WHERE bad.row_no IS NULL AND NOT r.is_update)::int AS new,
       count(*) FILTER (WHERE bad.row_no IS NULL AND r.is_update)::int AS updated
  FROM :rows: r
  LEFT JOIN (SELECT DISTINCT row_no FROM import_errors WHERE import_id = :importId) bad ON bad.row_no = r.row_no`;

/**
 * Import statements are planned over tables without statistics and look expensive, so PostgreSQL would spend
 * seconds compiling them with JIT; they run in well under that without it. For the rest of the transaction.
 */
export async function planWithoutJit(trx: Knex.Transaction): Promise<void> {
  await trx.raw('SET LOCAL jit = off');
}

export interface ValidationScope {
  /** Governorates every row must be in; null: anywhere in Egypt. */
  scope: string[] | null;
  /** The governorate the import was asked to stay in, if any. */
  governorate: string | null;
}

export async function createSourceView(db: Queryable, viewSql: string): Promise<void> {
  await db.raw(viewSql);
}

/** (Re)builds the typed rows and the report against the registry as it is now; returns the counts. */
export async function validateRows(db: Queryable, importId: number, target: ImportTarget, names: StagingNames, scope: ValidationScope): Promise<ImportCounts> {
  const bindings = { rows: names.rows, source: names.source, importId, scope: scope.scope, governorate: scope.governorate };
  await db.raw('DROP TABLE IF EXISTS ??', [names.rows]);
  await db('import_errors').where({ import_id: importId }).delete();
  await db.raw(CREATE_ROWS[target], bindings);
  await db.raw(INSERT_ERRORS[target], bindings);
  const result = await db.raw<{ rows: ImportCounts[] }>(COUNTS, bindings);
  return result.rows[0] as ImportCounts;
}

/** The first rows of the staged file as text, keyed by the file's own field names. */
export async function sampleRows(db: Queryable, names: StagingNames, fields: string[], columns: string[], size = 10): Promise<ImportResult['sample']> {
  const selected = columns.map((column, index) => `${escapeIdentifier(column)}::text AS c${index}`).join(', ');
  const result = await db.raw<{ rows: Record<string, string | null>[] }>(`SELECT ${selected} FROM ?? ORDER BY import_row LIMIT ?`, [names.staged, size]);
  return result.rows.map((row) => Object.fromEntries(fields.map((field, index) => [field, row[`c${index}`] ?? null])));
}
