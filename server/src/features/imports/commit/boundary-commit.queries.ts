// Runs the commit and undo statements of a boundaries import inside the caller's transaction. After districts
// change, associations and villages are placed again; an association that would fall outside every district
// stops the whole change (409, naming it).
import type { Knex } from 'knex';
import { HttpProblem } from '../../../http/http-problem';
import { BOUNDARY_COMMIT, BOUNDARY_UNDO } from './boundary-merge.sql';
import type { BoundaryTarget } from '../validate/boundary-rows.sql';
import {
  AUDIT_ASSOCIATION_MOVES,
  FIND_ASSOCIATION_MOVES,
  MOVE_ASSOCIATIONS,
  MOVE_VILLAGES,
  STRANDED_ASSOCIATIONS,
} from './district-moves.sql';
import type { AuditActor, UndoConflict } from './import-commit.queries';
import type { StagingNames } from '../read/staging';

type Trx = Knex.Transaction;

type Audit = {
  importId: number;
  actorId: number | null;
  actorEmail: string;
  action: 'import' | 'undo';
};

/** Moves associations and villages to the districts their points now lie in; refuses when one would lie in none. */
async function placeAgain(trx: Trx, audit: Audit): Promise<void> {
  await trx.raw(FIND_ASSOCIATION_MOVES, { importId: audit.importId });
  const stranded = (await trx.raw<{ rows: { id: number; registrationNo: string }[] }>(STRANDED_ASSOCIATIONS)).rows;
  if (stranded.length) {
    const named = stranded.map((a) => `${a.registrationNo} (${a.id})`).join(', ');
    throw new HttpProblem(
      'conflict',
      `These associations would lie outside every district: ${named}. Nothing was changed.`,
      undefined,
      { code: 'import_strands_associations', extensions: { associations: stranded } },
    );
  }
  await trx.raw(MOVE_ASSOCIATIONS);
  await trx.raw(AUDIT_ASSOCIATION_MOVES, audit);
  await trx.raw(MOVE_VILLAGES, { importId: audit.importId });
}

export async function mergeBoundaries(
  trx: Trx,
  target: BoundaryTarget,
  importId: number,
  names: StagingNames,
  actor: AuditActor,
): Promise<void> {
  const audit: Audit = { importId, actorId: actor.id, actorEmail: actor.email, action: 'import' };
  for (const statement of BOUNDARY_COMMIT[target].statements) await trx.raw(statement, { rows: names.rows, importId });
  await trx.raw(BOUNDARY_COMMIT[target].audit, audit);
  if (target === 'districts') await placeAgain(trx, audit);
}

export async function findBoundaryConflicts(
  trx: Trx,
  target: BoundaryTarget,
  importId: number,
): Promise<UndoConflict[]> {
  const rows = (
    await trx.raw<{ rows: { key: string; reason: string }[] }>(BOUNDARY_UNDO[target].conflicts, { importId })
  ).rows;
  return rows.map((row) => ({ id: null, code: row.key, reason: row.reason }));
}

export async function undoBoundaries(
  trx: Trx,
  target: BoundaryTarget,
  importId: number,
  actor: AuditActor,
): Promise<void> {
  const audit: Audit = { importId, actorId: actor.id, actorEmail: actor.email, action: 'undo' };
  const undo = BOUNDARY_UNDO[target];
  await trx.raw(undo.audit, audit);
  await trx.raw(undo.restore, { importId });
  if (target === 'districts') {
    await trx.raw(undo.detach, { importId });
    await placeAgain(trx, audit);
  }
  await trx.raw(undo.remove, { importId });
}
