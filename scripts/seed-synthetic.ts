// `npm run seed:synthetic -- --count N` (default 10000): loads boundaries if missing, then N synthetic associations
// for benchmarks.
import { parseArgs } from 'node:util';
import { loadBoundaries } from '../seeds/boundaries';
import { loadSyntheticAssociations } from '../seeds/synthetic';
import { openDatabase, runMain } from './lib/open-database';

function readCount(): number {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--count must be a positive whole number, not ${values.count}`);
  return count;
}

runMain(async () => {
  const count = readCount();
  const { db } = await openDatabase((message) => console.log(message), { migrate: true });
  try {
    if (!(await db('governorates').first('code'))) {
      const counts = await loadBoundaries(db);
      console.log(
        `loaded boundaries: ${counts.governorates} governorates, ${counts.districts} districts, ` +
          `${counts.villages} villages`,
      );
    }
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    const loaded = await loadSyntheticAssociations(db, count, {
      onProgress: (done, total) =>
        console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${seconds()} s)`),
    });
    console.log(`loaded ${loaded.toLocaleString('en')} synthetic associations in ${seconds()} s (ANALYZE included)`);
  } finally {
    await db.destroy();
  }
});
