// Who is importing: the permission check for the GIS unit and admins, the governorates rows must fall in, what
// they may see of other imports, and the name the audit gives them. The shell acts as the system ("cli").
import type { CurrentUser } from '../../../../contracts/auth';
import { requirePermission } from '../auth/permissions';
import type { AuditActor } from './commit/import-commit.queries';
import type { Viewer } from './imports.queries';

export interface Importer {
  actor: AuditActor;
  viewer: Viewer;
  /** Governorates every row must be in; null for admins and the shell (anywhere in Egypt). */
  scope: string[] | null;
}

/** 401 for the public, 403 for roles without imports or a governorate outside a GIS user's own. */
export function importerOf(user: CurrentUser | null, governorate?: string): Importer {
  requirePermission(user, 'import', governorate ? { governorate } : {});
  const scope = user.role === 'admin' ? null : user.governorates;
  return { actor: { id: user.id, email: user.email }, viewer: { userId: user.id, governorates: scope }, scope };
}

export const SHELL_IMPORTER: Importer = Object.freeze({
  actor: { id: null, email: 'cli' },
  viewer: { userId: null, governorates: null },
  scope: null,
});
