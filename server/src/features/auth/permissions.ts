// The one place that decides who may do what: `allow(action)` first on a route, before its input is read (the
// role), then `requirePermission` once the target is known (the governorate, the association).
import type { RequestHandler } from 'express';
import type { CurrentUser, Role } from '../../../../contracts/auth';
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

/** The roles that may do an action somewhere; where, `can` decides once the target is known. */
const ROLES_FOR: Record<Action, readonly Role[]> = {
  'association:read-sensitive': ['coordinator', 'official', 'gis', 'admin'],
  'association:create': ['gis', 'admin'],
  'association:edit': ['coordinator', 'gis', 'admin'],
  'association:delete': ['gis', 'admin'],
  import: ['gis', 'admin'],
  'users:manage': ['admin'],
  'audit:read-actors': ['official', 'gis', 'admin'],
};

const inScope = (user: CurrentUser, target: Target) =>
  target.governorate !== undefined && user.governorates.includes(target.governorate);

export function can(user: CurrentUser | null, action: Action, target: Target = {}): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  switch (action) {
    case 'association:read-sensitive':
      if (user.role === 'coordinator')
        return target.associationId !== undefined && target.associationId === user.associationId;
      return inScope(user, target);
    case 'association:edit':
      if (user.role === 'coordinator')
        return target.associationId !== undefined && target.associationId === user.associationId;
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
export function requirePermission(
  user: CurrentUser | null,
  action: Action,
  target: Target = {},
): asserts user is CurrentUser {
  if (!user) throw new HttpProblem('unauthorized', 'Sign in to do this');
  if (!can(user, action, target)) {
    const where = target.governorate ? ` in ${target.governorate}` : '';
    throw new HttpProblem('forbidden', `Your role (${user.role}) may not ${action.replace(':', ' ')}${where}`);
  }
}

/** 401 for the public, 403 for a role that may never do `action`: asked before a request's input is read. */
export function requireRole(user: CurrentUser | null, action: Action): asserts user is CurrentUser {
  if (!user) throw new HttpProblem('unauthorized', 'Sign in to do this');
  if (!ROLES_FOR[action].includes(user.role))
    throw new HttpProblem('forbidden', `Your role (${user.role}) may not ${action.replace(':', ' ')}`);
}

/** A route's guard, named so that a test can find every route that has one (and every write that lacks one). */
export type Guard = RequestHandler & { guards: Action };

/** The first handler of a protected route: its body, parameters and upload are read only for a caller who may. */
export function allow(action: Action): Guard {
  const guard: RequestHandler = (req, _res, next) => {
    requireRole(req.auth.user, action);
    next();
  };
  return Object.assign(guard, { guards: action });
}
