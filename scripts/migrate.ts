// `npm run migrate [-- down]`: migrates the configured database to the latest schema, or rolls back one batch.
import { openDatabase, runMain } from './lib/open-database';

runMain(async () => {
  const { db } = await openDatabase((message) => console.log(message), { migrate: false });
  try {
    if (process.argv[2] === 'down') {
      const [batch, names] = (await db.migrate.rollback()) as [number, string[]];
      console.log(`rolled back batch ${batch}: ${names.join(', ') || 'nothing'}`);
    } else {
      const [batch, names] = (await db.migrate.latest()) as [number, string[]];
      console.log(names.length ? `migrated (batch ${batch}): ${names.join(', ')}` : 'already up to date');
    }
  } finally {
    await db.destroy();
  }
});
