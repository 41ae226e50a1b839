// The one place that decides who may do what; every route asks it through `requirePermission`.
import type { CurrentUser } from '../../../../contracts/auth';
import { HttpProblem } from '../../http/http-problem';

export type Action =
  | 'association:read-sensitive'
  | 'association:create'
  | 'association:edit'
  | 'association:delete'
  | 'import'
  | 'users:manage'
  | 'audit:read-actors';

/** What an action is about: the association's governorate and id, when it concerns one. */
export interface Target {
  governorate?: string;
  associationId?: number;
}

const inScope = (user: CurrentUser, target: Target) =>
  target.governorate !== undefined && user.governorates.includes(target.governorate);

export function can(user: CurrentUser | null, action: Action, target: Target = {}): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  switch (action) {
    case 'association:read-sensitive':
      if (user.role === 'coordinator') return target.associationId !== undefined && target.associationId === user.associationId;
      return inScope(user, target);
    case 'association:edit':
      if (user.role === 'coordinator') return target.associationId !== undefined && target.associationId === user.associationId;
      return user.role === 'gis' && inScope(user, target);
    case 'association:create':
    case 'association:delete':
      return user.role === 'gis' && inScope(user, target);
    case 'import':
      // Starting an import needs the role; each row is then checked against the governorates.
      return user.role === 'gis' && (target.governorate === undefined || inScope(user, target));
    case 'audit:read-actors':
      return user.role !== 'coordinator' && (target.governorate === undefined || inScope(user, target));
    case 'users:manage':
      return false;
  }
}

/** Throws 401 for the public and 403 for a user without the permission. */
export function requirePermission(user: CurrentUser | null, action: Action, target: Target = {}): asserts user is CurrentUser {
  if (!user) throw new HttpProblem('unauthorized', 'Sign in to do this');
  if (!can(user, action, target)) {
    const where = target.governorate ? ` in ${target.governorate}` : '';
    throw new HttpProblem('forbidden', `Your role (${user.role}) may not ${action.replace(':', ' ')}${where}`);
  }
}
