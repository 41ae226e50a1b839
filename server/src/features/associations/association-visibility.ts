// What of an association a user may see: contacts only with the right to read sensitive fields.
import type { CurrentUser } from '../../../../contracts/auth';
import { can } from '../auth/permissions';

interface WithContacts {
  id: number;
  governorate: { code: string };
  contacts?: unknown;
}

export function mayReadSensitive(user: CurrentUser | null, association: WithContacts): boolean {
  return can(user, 'association:read-sensitive', {
    governorate: association.governorate.code,
    associationId: association.id,
  });
}

/** The same object without `contacts` unless the user may read them. */
export function visibleTo<T extends WithContacts>(user: CurrentUser | null, association: T): T {
  if (mayReadSensitive(user, association)) return association;
  const hidden = { ...association };
  delete hidden.contacts;
  return hidden;
}
