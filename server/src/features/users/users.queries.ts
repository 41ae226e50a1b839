// Users: the only code that knows the users table.
import type { CurrentUser, Role } from '../../../../contracts/auth';
import type { Db } from '../../db';

const USER_COLUMNS = ['id', 'email', 'name', 'role', 'governorates', 'association_id as associationId'] as const;

/** A user as signing in needs it: who they are, and what is checked before they are let in. */
export interface StoredUser {
  user: CurrentUser;
  passwordHash: string;
  disabled: boolean;
}

/** Returns null when no user has this email (compared case-insensitively). */
export async function findUserByEmail(db: Db, email: string): Promise<StoredUser | null> {
  const row = await db('users')
    .whereRaw('lower(email) = lower(?)', [email])
    .first<(CurrentUser & Omit<StoredUser, 'user'>) | undefined>(
      ...USER_COLUMNS,
      'password_hash as passwordHash',
      'disabled',
    );
  if (!row) return null;
  const { passwordHash, disabled, ...user } = row;
  return { user, passwordHash, disabled };
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
    .returning<CurrentUser[]>([...USER_COLUMNS]);
  if (!row) throw new Error('INSERT … RETURNING returned no user');
  return row;
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
    ? await query.update(defined).returning<CurrentUser[]>([...USER_COLUMNS])
    : await query.select<CurrentUser[]>(...USER_COLUMNS);
  return row ?? null;
}

export async function listUsers(db: Db): Promise<(CurrentUser & { disabled: boolean; lastLoginAt: string | null })[]> {
  return db('users')
    .select(...USER_COLUMNS, 'disabled', 'last_login_at as lastLoginAt')
    .orderBy('email');
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db('users').count<{ count: number }[]>('* as count');
  return row?.count ?? 0;
}

export async function markLoggedIn(db: Db, id: number): Promise<void> {
  await db('users').where({ id }).update({ last_login_at: db.fn.now() });
}
