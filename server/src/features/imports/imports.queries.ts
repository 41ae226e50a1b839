// The imports table and its report: the only code that knows their columns. Each import is saved once its dry
// run has finished, so no half-made import is ever listed.
import type { Knex } from 'knex';
import type {
  ImportCounts,
  ImportDetected,
  ImportMapping,
  ImportPlacement,
  ImportResult,
  ImportRowError,
  ImportSummary,
  ImportTarget,
} from '../../../../contracts/imports';
import type { Db } from '../../db';

type Queryable = Db | Knex.Transaction;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const SUMMARY_COLUMNS = `
  i.id, i.target, i.status, i.file_name AS "fileName", i.counts,
  ${iso('i.created_at')} AS "createdAt", i.created_by_email AS "createdBy",
  ${iso('i.committed_at')} AS "committedAt", i.committed_by_email AS "committedBy",
  ${iso('i.undone_at')} AS "undoneAt", i.undone_by_email AS "undoneBy"`;

/** Imports made before spreadsheets and placement lack some options and findings: they read as none. */
const DETAIL_COLUMNS = `${SUMMARY_COLUMNS}, i.mapping, i.suggested_mapping AS "suggestedMapping", i.sample,
  jsonb_build_object('layers', '[]'::jsonb) || i.detected AS detected,
  jsonb_build_object('layer', NULL, 'defaults', '{}'::jsonb, 'values', '{}'::jsonb, 'template', NULL) || i.options
    AS options,
  i.value_matches AS "valueMatches",
  jsonb_build_object('exact', 0, 'village', 0, 'district', 0, 'none', 0) || i.placement AS placement,
  (SELECT count(*)::int FROM import_errors e WHERE e.import_id = i.id) AS "errorCount"`;

/** Who sees an import: admins all; others those they made or whose governorates overlap theirs. */
export interface Viewer {
  userId: number | null;
  /** null: sees every import. */
  governorates: string[] | null;
}

function visibleTo(query: Knex.QueryBuilder, viewer: Viewer): void {
  if (viewer.governorates === null) return;
  const governorates = viewer.governorates;
  query.where((visible) => {
    visible.where('i.created_by', viewer.userId ?? -1).orWhereRaw('i.scope && ?::text[]', [governorates]);
  });
}

export interface NewImport {
  id: number;
  target: ImportTarget;
  fileName: string;
  detected: ImportDetected;
  mapping: ImportMapping;
  suggestedMapping: ImportMapping;
  options: ImportResult['options'];
  sample: ImportResult['sample'];
  scope: string[] | null;
  createdBy: number | null;
  createdByEmail: string;
}

export async function reserveImportId(db: Db): Promise<number> {
  const result = await db.raw<{ rows: { id: number }[] }>(
    `SELECT nextval(pg_get_serial_sequence('imports', 'id'))::int AS id`,
  );
  return (result.rows[0] as { id: number }).id;
}

export async function insertImport(db: Queryable, record: NewImport): Promise<void> {
  await db('imports').insert({
    id: record.id,
    target: record.target,
    status: 'validated',
    file_name: record.fileName,
    detected: JSON.stringify(record.detected),
    mapping: JSON.stringify(record.mapping),
    suggested_mapping: JSON.stringify(record.suggestedMapping),
    options: JSON.stringify(record.options),
    counts: JSON.stringify({ total: 0, valid: 0, invalid: 0, new: 0, updated: 0, unchanged: 0 }),
    sample: JSON.stringify(record.sample),
    scope: record.scope,
    created_by: record.createdBy,
    created_by_email: record.createdByEmail,
  });
}

export type StoredImport = Omit<ImportResult, 'errors'>;

/** null when there is none or the viewer may not see it. */
export async function findImport(db: Queryable, id: number, viewer: Viewer): Promise<StoredImport | null> {
  const query = db('imports as i').where('i.id', id).first(db.raw(DETAIL_COLUMNS)).modify(visibleTo, viewer);
  return ((await query) as StoredImport | undefined) ?? null;
}

/** Holds the import's row until the transaction ends, so one import is committed or undone once. */
export async function lockImport(trx: Knex.Transaction, id: number): Promise<void> {
  await trx('imports').where({ id }).forUpdate().select('id');
}

export async function listImports(db: Db, viewer: Viewer, limit = 200): Promise<ImportSummary[]> {
  return (await db('imports as i')
    .select(db.raw(SUMMARY_COLUMNS))
    .modify(visibleTo, viewer)
    .orderBy('i.id', 'desc')
    .limit(limit)) as ImportSummary[];
}

/**
 * In row order; all of them without `limit`. A spreadsheet's own row number is one more: its header is row 1. The
 * code's parameters sit beside it, as in a problem's errors[].
 */
export async function listRowErrors(db: Queryable, id: number, limit?: number): Promise<ImportRowError[]> {
  const query = db('import_errors as e')
    .join('imports as i', 'i.id', 'e.import_id')
    .where('e.import_id', id)
    .orderBy(['e.row_no', 'e.field'])
    .select(
      'e.row_no as row',
      db.raw(`CASE WHEN i.detected->>'format' IN ('xlsx', 'ods') THEN e.row_no + 1 END AS "sheetRow"`),
      'e.field',
      'e.code',
      'e.params',
      'e.message',
    );
  if (limit !== undefined) query.limit(limit);
  const rows = (await query) as (Omit<ImportRowError, 'code'> & {
    code: ImportRowError['code'];
    params: Record<string, unknown>;
  })[];
  return rows.map(
    ({ row, sheetRow, field, code, params, message }) =>
      ({ row, sheetRow, field, code, ...params, message }) as ImportRowError,
  );
}

export interface Validation {
  counts: ImportCounts;
  valueMatches: ImportResult['valueMatches'];
  placement: ImportPlacement;
}

export async function recordValidation(
  trx: Queryable,
  id: number,
  validation: Validation,
  scope: string[] | null,
): Promise<void> {
  await trx('imports')
    .where({ id })
    .update({
      counts: JSON.stringify(validation.counts),
      value_matches: JSON.stringify(validation.valueMatches),
      placement: JSON.stringify(validation.placement),
      scope,
    });
}

/** Dry runs nobody committed within `days` days: their staging tables can go. */
export async function listStaleImports(db: Db, days: number): Promise<number[]> {
  return (await db('imports')
    .where({ status: 'validated' })
    .whereRaw(`created_at < now() - make_interval(days => ?)`, [days])
    .pluck('id')) as number[];
}

export async function markImport(
  trx: Knex.Transaction,
  id: number,
  status: 'committed' | 'undone',
  byEmail: string,
): Promise<void> {
  const columns =
    status === 'committed'
      ? { committed_by_email: byEmail, committed_at: trx.fn.now() }
      : { undone_by_email: byEmail, undone_at: trx.fn.now() };
  await trx('imports')
    .where({ id })
    .update({ status, ...columns });
}

/** True when the import was still a dry run and is now expired (a commit may have come first). */
export async function expireImport(trx: Knex.Transaction, id: number): Promise<boolean> {
  const updated = await trx('imports').where({ id, status: 'validated' }).update({ status: 'expired' });
  return updated === 1;
}

/** Written outside the commit's transaction: a commit that never ends leaves it behind for the next start to find. */
export async function markCommitStarted(db: Db, id: number, started: boolean): Promise<void> {
  await db('imports')
    .where({ id })
    .update({ commit_started_at: started ? db.fn.now() : null });
}

/** Imports whose commit began and never ended (their writes were rolled back): now failed. Returns their ids. */
export async function failInterruptedCommits(db: Db): Promise<number[]> {
  return (
    await db('imports')
      .where({ status: 'validated' })
      .whereNotNull('commit_started_at')
      .update({ status: 'failed' }, ['id'])
  ).map((row: { id: number }) => row.id);
}

/** Ids of staging tables whose import is not a dry run waiting for its commit (none, failed, or gone). */
export async function listOrphanStaging(db: Db): Promise<number[]> {
  const result = await db.raw<{ rows: { id: number }[] }>(
    `SELECT DISTINCT substring(c.relname FROM '_([0-9]+)$')::int AS id
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'import_staging' AND c.relkind IN ('r', 'v') AND c.relname ~ '_[0-9]+$'
        AND NOT EXISTS (SELECT 1 FROM imports i
                         WHERE i.id = substring(c.relname FROM '_([0-9]+)$')::int AND i.status = 'validated')`,
  );
  return result.rows.map((row) => row.id);
}
