// `npm run db:rebuild`: rebuilds all derived state (district lookups, cooperation, facets, both tile grids, search
// words, stats cells) from the base tables in one transaction, then prints what it changed. Writers wait meanwhile.
import { rebuildDerivedState } from '../server/src/features/consistency/consistency-rebuild.queries';
import { openDatabase, runMain } from './lib/open-database';

runMain(async () => {
  const { db } = await openDatabase((message) => console.error(message), { migrate: false });
  try {
    const report = await rebuildDerivedState(db);
    for (const [step, rows] of Object.entries(report.changed))
      console.log(`${step.padEnd(30)} ${rows.toLocaleString('en')}`);
    if (report.stranded > 0) {
      console.log(
        `${report.stranded} live associations lie outside every district: left where they were (see npm run db:check)`,
      );
    }
    console.log(`rebuilt in ${report.milliseconds.toLocaleString('en')} ms; \`npm run db:check\` compares again`);
  } finally {
    await db.destroy();
  }
});
