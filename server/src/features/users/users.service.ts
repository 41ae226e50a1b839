// Creating and changing accounts: passwords hashed here, sessions ended when access is taken away.
import type { CurrentUser, UserInput, UserUpdate } from '../../../../contracts/auth';
import type { Db } from '../../db';
import { HttpProblem, refusedField } from '../../http/http-problem';
import { hashPassword } from '../auth/passwords';
import { deleteSessionsOfUser } from '../auth/sessions.queries';
import { insertUser, updateUser } from './users.queries';

function checkScope(
  role: UserInput['role'] | undefined,
  governorates: string[] | undefined,
  associationId: number | null | undefined,
) {
  if ((role === 'official' || role === 'gis') && governorates !== undefined && governorates.length === 0) {
    throw new HttpProblem(
      'unprocessable',
      `A ${role} needs at least one governorate`,
      [refusedField('governorates', 'required', 'is required for this role', { role })],
      { code: 'invalid_body' },
    );
  }
  if (role === 'coordinator' && !associationId) {
    throw new HttpProblem(
      'unprocessable',
      'A coordinator needs the association they edit',
      [refusedField('associationId', 'required', 'is required for this role', { role: 'coordinator' })],
      { code: 'invalid_body' },
    );
  }
}

export async function createUserAccount(db: Db, input: UserInput): Promise<CurrentUser> {
  checkScope(input.role, input.governorates, input.associationId);
  return insertUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    governorates: input.governorates,
    associationId: input.associationId,
  });
}

export async function changeUserAccount(db: Db, id: number, changes: UserUpdate): Promise<CurrentUser> {
  if (changes.role) checkScope(changes.role, changes.governorates, changes.associationId);
  const { password, ...rest } = changes;
  const updated = await updateUser(db, id, {
    ...rest,
    passwordHash: password ? await hashPassword(password) : undefined,
  });
  if (!updated) throw new HttpProblem('notFound', `No user has id ${id}`);
  if (password || changes.disabled || changes.role || changes.governorates) await deleteSessionsOfUser(db, id);
  return updated;
}
