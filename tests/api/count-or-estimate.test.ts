// How many rows match: counted exactly when that is quick, the planner's estimate (flagged) when counting is slow.
import { countOrEstimate } from '../../server/src/lib/count-or-estimate';
import { createMigratedDatabase } from '../support/scratch-database';

let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_count');
  await scratch.db.raw('CREATE TABLE counted (id integer PRIMARY KEY)');
  await scratch.db.raw('INSERT INTO counted SELECT generate_series(1, 40)');
  await scratch.db.raw('ANALYZE counted');
});
afterAll(async () => {
  await scratch.drop();
});

test('when the count is quick, then it is exact', async () => {
  const matching = scratch.db('counted as c').where('c.id', '<=', 25);
  expect(await countOrEstimate(scratch.db, matching, 'c.id')).toEqual({ count: 25, estimated: false });
});

test('when counting outlasts its budget, then a flagged estimate answers and the connection still works', async () => {
  // Each row sleeps 20 ms: 40 rows are 0.8 s to count, past the 250 ms budget.
  const matching = scratch.db('counted as c').whereRaw('pg_sleep(0.02) IS NOT NULL');
  const matched = await countOrEstimate(scratch.db, matching, 'c.id');
  expect(matched.estimated).toBe(true);
  expect(matched.count).toBeGreaterThan(0);
  const [row] = await scratch.db('counted').count<{ count: number }[]>('* as count');
  expect(Number(row?.count)).toBe(40);
  const { rows } = await scratch.db.raw<{ rows: { statement_timeout: string }[] }>('SHOW statement_timeout');
  expect(rows[0]?.statement_timeout).toBe('0');
});
