// `npm run seed:demo`: loads the real boundaries if the database has none, then the generated demo registry if it is
// not there yet.
import { loadBoundaries } from '../seeds/boundaries';
import { loadDemoData } from '../seeds/demo';
import { openDatabase, runMain } from './lib/open-database';

runMain(async () => {
  const { db } = await openDatabase((message) => console.log(message), { migrate: true });
  try {
    if (!(await db('governorates').first('code'))) {
      const counts = await loadBoundaries(db);
      console.log(
        `loaded boundaries: ${counts.governorates} governorates, ${counts.districts} districts, ` +
          `${counts.villages} villages`,
      );
    }
    if (await db('associations').where({ source: 'demo' }).first('id')) {
      console.log('demo data already loaded: nothing to do');
      return;
    }
    const started = performance.now();
    const counts = await loadDemoData(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`loaded the demo registry (generated, not real) in ${seconds} s:`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(22)} ${count}`);
  } finally {
    await db.destroy();
  }
});
