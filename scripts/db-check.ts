// `npm run db:check`: recomputes every piece of derived state from the base tables and reports what differs from
// what is stored; exit code 1 when anything does. Read-only, in one snapshot: safe on a live database.
import { checkConsistency } from '../server/src/features/consistency/consistency-check.queries';
import { formatReport } from '../server/src/features/consistency/consistency-report';
import { openDatabase, runMain } from './lib/open-database';

runMain(async () => {
  const { db } = await openDatabase((message) => console.error(message), { migrate: false });
  try {
    const report = await checkConsistency(db);
    console.log(formatReport(report));
    if (report.differences > 0) process.exitCode = 1;
  } finally {
    await db.destroy();
  }
});
