// Which staff controls to show: a mirror of the server's rule (server/src/features/auth/permissions.ts); the server
// decides.
import type { CurrentUser } from '../../../../contracts/auth';

type Target = { governorate: string; associationId: number };

const inScope = (user: CurrentUser, governorate: string) => user.governorates.includes(governorate);

export function mayEdit(user: CurrentUser | null, target: Target): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'coordinator') return user.associationId === target.associationId;
  return user.role === 'gis' && inScope(user, target.governorate);
}

export const mayCreate = (user: CurrentUser | null) => user?.role === 'admin' || user?.role === 'gis';
export const mayDelete = (user: CurrentUser | null, target: Target) =>
  user?.role === 'admin' || (user?.role === 'gis' && inScope(user, target.governorate));
export const mayImport = mayCreate;
export const mayManageUsers = (user: CurrentUser | null) => user?.role === 'admin';
