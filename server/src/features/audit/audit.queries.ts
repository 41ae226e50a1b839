// The audit log: written in the same transaction as every change; read as an association's history.
import type { Knex } from 'knex';
import type { CurrentUser } from '../../../../contracts/auth';
import type { Db } from '../../db';

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'undo';

export interface AuditEntry {
  actor: CurrentUser | null;
  action: AuditAction;
  entity: string;
  entityId: number | null;
  importId?: number | null;
  before: unknown;
  after: unknown;
}

export async function recordAudit(trx: Knex.Transaction | Db, entry: AuditEntry): Promise<void> {
  await trx('audit_log').insert({
    actor_id: entry.actor?.id ?? null,
    actor_email: entry.actor?.email ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    import_id: entry.importId ?? null,
    before: entry.before === null ? null : JSON.stringify(entry.before),
    after: entry.after === null ? null : JSON.stringify(entry.after),
  });
}

export interface HistoryEntry {
  id: number;
  at: string;
  action: AuditAction;
  actorEmail: string | null;
  importId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Newest first. */
export async function listHistory(db: Db, entity: string, entityId: number): Promise<HistoryEntry[]> {
  const rows = await db('audit_log')
    .where({ entity, entity_id: entityId })
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .select(
      'id',
      db.raw(`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at`),
      'action',
      'actor_email as actorEmail',
      'import_id as importId',
      'before',
      'after',
    );
  return rows as HistoryEntry[];
}
