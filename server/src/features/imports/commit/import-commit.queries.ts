// Runs the commit and undo statements of an associations import inside the caller's transaction, with the audit
// entries, and reads what stands in the way of an undo.
import type { Knex } from 'knex';
import { AUDIT_AFTER, AUDIT_BEFORE, AUDIT_INSERTED, AUDITED, type AuditStatement } from './association-audit.sql';
import {
  ADD_LISTS,
  CLEAR_LISTS,
  INSERT_ASSOCIATIONS,
  INSERT_PROGRAMMES,
  LOCK_NAMED_ASSOCIATIONS,
  SAVE_BEFORE_IMAGES,
  UPDATE_ASSOCIATIONS,
  RECORD_VERSIONS,
  UPDATE_PROGRAMMES,
} from './association-merge.sql';
import {
  ADD_RESTORED_LISTS,
  CLEAR_RESTORED_LISTS,
  CLEAR_RESTORED_PROGRAMMES,
  DELETE_INSERTED,
  RESTORE_INTL_COOP,
  RESTORE_PROGRAMMES,
  RESTORE_UPDATED,
  UNDO_CONFLICTS,
} from './association-undo.sql';
import type { StagingNames } from '../read/staging';

type Trx = Knex.Transaction;

/** Who the audit names: a user, or the shell ("cli", no user id). */
export interface AuditActor {
  id: number | null;
  email: string;
}

/** What stands in the way of an undo: an association (id, registration number) or a boundary (its code). */
export interface UndoConflict {
  id: number | null;
  registrationNo?: string | null;
  code?: string;
  reason: string;
}

/** One commit or undo at a time, across every server process. */
const IMPORTS_LOCK = `SELECT pg_advisory_xact_lock(hashtext('civic_atlas.imports'))`;

export async function takeImportsLock(trx: Trx): Promise<void> {
  await trx.raw(IMPORTS_LOCK);
}

/**
 * From this many associations on, an audit statement is hash-joined: its entries, written in this transaction, have
 * no statistics, and a nested loop planned for one row compared 20,000 × 20,000 in 46 s. Below it, index lookups
 * per association are cheaper than reading every list table once.
 */
const HASH_JOINED_FROM = 1000;

type AuditBindings = ReturnType<typeof auditBindings>;

function auditBindings(importId: number, actor: AuditActor, action: 'import' | 'undo') {
  return { importId, actorId: actor.id, actorEmail: actor.email, action };
}

/** Writes one audit statement's entries, its associations first copied and analysed (see AUDITED). */
async function writeAudit(trx: Trx, statement: AuditStatement, bindings: AuditBindings): Promise<void> {
  await trx.raw(`DROP TABLE IF EXISTS ${AUDITED}`);
  const copied = await trx.raw<{ rowCount: number }>(
    `CREATE TEMPORARY TABLE ${AUDITED} ON COMMIT DROP AS SELECT id FROM ${statement.ids} AS ids(id)`,
    { importId: bindings.importId },
  );
  await trx.raw(`ANALYZE ${AUDITED}`);
  const many = copied.rowCount >= HASH_JOINED_FROM;
  if (many) await trx.raw('SET LOCAL enable_nestloop = off');
  await trx.raw(statement.write, bindings);
  if (many) await trx.raw('RESET enable_nestloop');
}

export async function lockNamedAssociations(trx: Trx, names: StagingNames): Promise<void> {
  await trx.raw(LOCK_NAMED_ASSOCIATIONS, { source: names.source });
}

/** Writes every valid row: before-images and audit `before` first, then updates, inserts, lists, audit `after`. */
export async function mergeAssociations(
  trx: Trx,
  importId: number,
  names: StagingNames,
  actor: AuditActor,
): Promise<void> {
  const rows = { rows: names.rows, importId };
  const audit = auditBindings(importId, actor, 'import');
  await trx.raw(SAVE_BEFORE_IMAGES, rows);
  await writeAudit(trx, AUDIT_BEFORE, audit);
  await trx.raw(UPDATE_ASSOCIATIONS, rows);
  await trx.raw(INSERT_ASSOCIATIONS, rows);
  await trx.raw(CLEAR_LISTS, rows);
  await trx.raw(ADD_LISTS, rows);
  await trx.raw(UPDATE_PROGRAMMES, rows);
  await trx.raw(INSERT_PROGRAMMES, rows);
  await trx.raw(RECORD_VERSIONS, rows);
  await writeAudit(trx, AUDIT_INSERTED, audit);
  await writeAudit(trx, AUDIT_AFTER, audit);
}

export async function findUndoConflicts(trx: Trx, importId: number): Promise<UndoConflict[]> {
  const result = await trx.raw<{ rows: UndoConflict[] }>(UNDO_CONFLICTS, { importId });
  return result.rows;
}

/** Puts back what the import changed and removes what it created, audited as 'undo'. */
export async function undoAssociations(trx: Trx, importId: number, actor: AuditActor): Promise<void> {
  const audit = auditBindings(importId, actor, 'undo');
  await writeAudit(trx, AUDIT_BEFORE, audit);
  await trx.raw(RESTORE_UPDATED, { importId });
  await trx.raw(CLEAR_RESTORED_LISTS, { importId });
  await trx.raw(ADD_RESTORED_LISTS, { importId });
  await trx.raw(CLEAR_RESTORED_PROGRAMMES, { importId });
  await trx.raw(RESTORE_PROGRAMMES, { importId });
  await trx.raw(RESTORE_INTL_COOP, { importId });
  await trx.raw(DELETE_INSERTED, { importId });
  await writeAudit(trx, AUDIT_AFTER, audit);
}
