// Users: the only code that knows the users table.
import type { CurrentUser, Role } from '../../../../contracts/auth';
import type { Db } from '../../db';

const USER_COLUMNS = ['id', 'email', 'name', 'role', 'governorates', 'association_id as associationId'] as const;

export interface StoredUser extends CurrentUser {
  passwordHash: string;
  disabled: boolean;
}

/** Returns null when no user has this email (compared case-insensitively). */
export async function findUserByEmail(db: Db, email: string): Promise<StoredUser | null> {
  const row = await db('users')
    .whereRaw('lower(email) = lower(?)', [email])
    .first(...USER_COLUMNS, 'password_hash as passwordHash', 'disabled');
  return (row as StoredUser | undefined) ?? null;
}

export interface NewUser {
  email: string;
  name?: string | null;
  passwordHash: string;
  role: Role;
  governorates: string[];
  associationId?: number | null;
}

export async function insertUser(db: Db, user: NewUser): Promise<CurrentUser> {
  const [row] = await db('users')
    .insert({
      email: user.email.toLowerCase(),
      name: user.name ?? null,
      password_hash: user.passwordHash,
      role: user.role,
      governorates: user.governorates,
      association_id: user.associationId ?? null,
    })
    .returning([...USER_COLUMNS]);
  return row as CurrentUser;
}

export type UserChanges = Partial<Omit<NewUser, 'email'>> & { email?: string; disabled?: boolean };

/** Returns null when no user has this id. */
export async function updateUser(db: Db, id: number, changes: UserChanges): Promise<CurrentUser | null> {
  const columns = {
    email: changes.email,
    name: changes.name,
    password_hash: changes.passwordHash,
    role: changes.role,
    governorates: changes.governorates,
    association_id: changes.associationId,
    disabled: changes.disabled,
  };
  const defined = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
  const query = db('users').where({ id });
  const [row] = Object.keys(defined).length
    ? await query.update(defined).returning([...USER_COLUMNS])
    : await query.select(...USER_COLUMNS);
  return (row as CurrentUser | undefined) ?? null;
}

export async function listUsers(db: Db): Promise<(CurrentUser & { disabled: boolean; lastLoginAt: string | null })[]> {
  return db('users')
    .select(...USER_COLUMNS, 'disabled', 'last_login_at as lastLoginAt')
    .orderBy('email');
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db('users').count<{ count: number }[]>('* as count');
  return Number(row?.count ?? 0);
}

export async function markLoggedIn(db: Db, id: number): Promise<void> {
  await db('users').where({ id }).update({ last_login_at: db.fn.now() });
}
