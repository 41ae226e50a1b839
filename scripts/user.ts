// `npm run user -- create --email E --role R [--governorate EG-KN]… [--association ID] [--name N]`
// (password from $USER_PASSWORD or asked on the terminal); `npm run user -- list`.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { userInput } from '../contracts/auth';
import { listUsers } from '../server/src/features/users/users.queries';
import { createUserAccount } from '../server/src/features/users/users.service';
import { openDatabase, runMain } from './lib/open-database';

async function askPassword(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await terminal.question('password: ');
  } finally {
    terminal.close();
  }
}

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      governorate: { type: 'string', multiple: true },
      association: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const { db } = await openDatabase(() => undefined, { migrate: true });
  try {
    if (positionals[0] === 'list') {
      for (const user of await listUsers(db))
        console.log(`${user.id}\t${user.email}\t${user.role}\t${user.governorates.join(',')}`);
      return;
    }
    if (positionals[0] !== 'create')
      throw new Error('usage: npm run user -- create --email E --role R [--governorate G]… | list');
    const input = userInput.safeParse({
      email: values.email,
      name: values.name ?? null,
      role: values.role,
      governorates: values.governorate ?? [],
      associationId: values.association ? Number(values.association) : null,
      password: await askPassword(),
    });
    if (!input.success) throw new Error(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const user = await createUserAccount(db, input.data);
    console.log(`created user ${user.id} ${user.email} (${user.role})`);
  } finally {
    await db.destroy();
  }
});
