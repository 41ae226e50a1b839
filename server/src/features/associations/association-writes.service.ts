// Creating, changing and deleting an association: permission, optimistic concurrency, the change and its
// audit entry, all in one transaction.
import type { Knex } from 'knex';
import type { CurrentUser } from '../../../../contracts/auth';
import type { AssociationCreate, AssociationPatch } from '../../../../contracts/association-input';
import type { AssociationProfile } from '../../../../contracts/association';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { requirePermission } from '../auth/permissions';
import { recordAudit } from '../audit/audit.queries';
import { findAssociationProfile } from './associations.queries';
import {
  insertAssociationRow,
  lockAssociation,
  replaceDetails,
  softDeleteAssociation,
  updateAssociationRow,
  type LockedAssociation,
} from './association-writes.queries';

async function snapshot(trx: Knex.Transaction, id: number): Promise<AssociationProfile> {
  const profile = await findAssociationProfile(trx, id);
  if (!profile) throw new Error(`association ${id} vanished inside its own transaction`);
  return profile;
}

export async function createAssociation(
  db: Db,
  actor: CurrentUser | null,
  input: AssociationCreate,
): Promise<AssociationProfile> {
  if (!actor) throw new HttpProblem('unauthorized', 'Sign in to do this');
  return db.transaction(async (trx) => {
    const id = await insertAssociationRow(trx, input);
    await replaceDetails(trx, id, input);
    const after = await snapshot(trx, id);
    // The governorate is known once the database has placed the point.
    requirePermission(actor, 'association:create', { governorate: after.governorate.code });
    await recordAudit(trx, { actor, action: 'create', entity: 'association', entityId: id, before: null, after });
    return after;
  });
}

export async function updateAssociation(
  db: Db,
  actor: CurrentUser | null,
  id: number,
  patch: AssociationPatch,
  expectedVersion: number | undefined,
): Promise<AssociationProfile> {
  return db.transaction(async (trx) => {
    const current = await lockForChange(trx, actor, id, 'association:edit', expectedVersion);
    const before = await snapshot(trx, id);
    await updateAssociationRow(trx, id, patch);
    await replaceDetails(trx, id, patch);
    const after = await snapshot(trx, id);
    if (after.governorate.code !== current.governorate) {
      requirePermission(actor, 'association:edit', { governorate: after.governorate.code, associationId: id });
    }
    await recordAudit(trx, { actor, action: 'update', entity: 'association', entityId: id, before, after });
    return after;
  });
}

export async function deleteAssociation(
  db: Db,
  actor: CurrentUser | null,
  id: number,
  expectedVersion: number | undefined,
): Promise<void> {
  await db.transaction(async (trx) => {
    await lockForChange(trx, actor, id, 'association:delete', expectedVersion);
    const before = await snapshot(trx, id);
    await softDeleteAssociation(trx, id);
    await recordAudit(trx, { actor, action: 'delete', entity: 'association', entityId: id, before, after: null });
  });
}

/** 404 when missing, 401/403 by role, 428 without a version, 409 with the current state when stale. */
async function lockForChange(
  trx: Knex.Transaction,
  actor: CurrentUser | null,
  id: number,
  action: 'association:edit' | 'association:delete',
  expectedVersion: number | undefined,
): Promise<LockedAssociation> {
  if (!actor) throw new HttpProblem('unauthorized', 'Sign in to do this');
  const current = await lockAssociation(trx, id);
  if (!current) throw new HttpProblem('notFound', `No association has id ${id}`);
  requirePermission(actor, action, { governorate: current.governorate, associationId: id });
  if (expectedVersion === undefined) {
    throw new HttpProblem(
      'preconditionRequired',
      'Send the version you edited (If-Match header or "version") so no change is lost',
    );
  }
  if (expectedVersion !== current.version) {
    throw new HttpProblem(
      'conflict',
      `Someone changed this association since you read it (version ${expectedVersion}, now ${current.version})`,
      undefined,
      {
        code: 'version_conflict',
        extensions: { current: await snapshot(trx, id) },
      },
    );
  }
  return current;
}
