// At start: when no user exists and ADMIN_EMAIL and ADMIN_PASSWORD are both set, create that admin.
import type { Config } from '../../server/src/config';
import type { Db } from '../../server/src/db';
import { countUsers } from '../../server/src/features/users/users.queries';
import { createUserAccount } from '../../server/src/features/users/users.service';

export async function ensureFirstAdmin(db: Db, config: Config, log: (message: string) => void): Promise<void> {
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD) return;
  if ((await countUsers(db)) > 0) return;
  await createUserAccount(db, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
    role: 'admin',
    governorates: [],
  });
  log(`created the first admin, ${config.ADMIN_EMAIL}`);
}
