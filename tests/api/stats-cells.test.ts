// The stats cells against the registry itself: after every kind of write (members, a move to another governorate,
// sectors, resources, programmes, status, soft and hard deletes; a resource changed while its association moved; a
// write committed while a refresh was under way), the figures summed from the cells equal those aggregated from the
// associations, for each filter the cells answer.
import type { AssociationFilters } from '../../contracts/association-filters';
import type { Stats } from '../../contracts/association';
import { computeStatsJson } from '../../server/src/features/stats/stats.queries';
import { createRegistryDatabase } from '../support/registry-database';

const LUXOR = 'ST_SetSRID(ST_MakePoint(32.6396, 25.6872), 4326)';

let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;
beforeAll(async () => {
  scratch = await createRegistryDatabase('civic_atlas_stats_cells');
});
afterAll(() => scratch.drop());

const FILTERS: AssociationFilters[] = [
  {},
  { governorate: ['EG-KN'] },
  { governorate: ['EG-LX'], status: ['active'] },
  { district: ['EG.QN.QS', 'EG.QN.NH'], kind: ['civil'] },
  { intlCoop: true },
  { governorate: ['EG-KN'], intlCoop: false, status: ['active', 'suspended'] },
];

/**
 * From the cells, and from the associations (`minMembers: 0` holds every association but the cells cannot answer it).
 */
async function bothWays(filters: AssociationFilters): Promise<[Stats, Stats]> {
  const fromCells = JSON.parse(await computeStatsJson(scratch.db, filters)) as Stats;
  const fromAssociations = JSON.parse(await computeStatsJson(scratch.db, { ...filters, minMembers: 0 })) as Stats;
  return [fromCells, fromAssociations];
}

async function expectCellsToAgree(): Promise<void> {
  for (const filters of FILTERS) {
    const [fromCells, fromAssociations] = await bothWays(filters);
    expect([filters, fromCells]).toEqual([filters, fromAssociations]);
  }
}

async function qenaIds(count: number): Promise<number[]> {
  const rows = (await scratch
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .whereNull('deleted_at')
    .orderBy('id')
    .limit(count)
    .pluck('id')) as number[];
  if (rows.length < count) throw new Error(`the demo registry has fewer than ${count} associations in Qena`);
  return rows;
}

test('the cells and the registry agree on the demo data, and the cells are what is read', async () => {
  await expectCellsToAgree();
  const [whole] = await bothWays({});
  expect(whole.totals.associations).toBeGreaterThan(100);
  expect(Object.keys(whole.totals.partners).length).toBeGreaterThan(0);
  // A cell altered behind the triggers' back shows in what is read, and only there.
  await scratch.db.raw(
    'UPDATE stats_cells SET members = members + 7 WHERE ctid = (SELECT ctid FROM stats_cells LIMIT 1)',
  );
  const [altered, live] = await bothWays({});
  expect(altered.totals.members).toBe(live.totals.members + 7);
  await scratch.db.raw(
    'UPDATE stats_cells SET members = members - 7 WHERE ctid = (SELECT ctid FROM stats_cells LIMIT 1)',
  );
});

test('after writes to associations, their sectors, resources and programmes, the cells still agree', async () => {
  const [a, b, c, d, e] = (await qenaIds(5)) as [number, number, number, number, number];
  const before = JSON.parse(await computeStatsJson(scratch.db, { governorate: ['EG-KN'] })) as Stats;

  await scratch.db('associations').where({ id: a }).increment('members', 1000);
  await scratch.db.raw(`UPDATE associations SET geom = ${LUXOR} WHERE id = ?`, [b]);
  await scratch
    .db('association_sectors')
    .insert({ association_id: c, sector_code: 'environment' })
    .onConflict()
    .ignore();
  await scratch
    .db('association_resources')
    .insert({ association_id: c, resource_code: 'nursery', quantity: 7 })
    .onConflict(['association_id', 'resource_code'])
    .merge();
  await scratch.db('intl_programmes').insert({
    association_id: d,
    partner: 'Stats Test Partner',
    donor_country: 'Testland',
    name: 'p',
    status: 'active',
  });
  await scratch.db('associations').where({ id: e }).update({ status: 'suspended' });
  await expectCellsToAgree();

  const after = JSON.parse(await computeStatsJson(scratch.db, { governorate: ['EG-KN'] })) as Stats;
  expect(after.totals.associations).toBe(before.totals.associations - 1);
  expect(after.totals.partners['Stats Test Partner']).toBe(1);

  await scratch.db('intl_programmes').where({ partner: 'Stats Test Partner' }).update({ status: 'completed' });
  await scratch.db('association_resources').where({ association_id: c }).delete();
  await scratch.db('associations').where({ id: a }).update({ deleted_at: scratch.db.fn.now() });
  await scratch.db('associations').where({ id: e }).delete();
  await expectCellsToAgree();
});

test('a resource changed while its association moves away is counted where the association went', async () => {
  const [id] = (await qenaIds(1)) as [number];
  await scratch
    .db('association_resources')
    .insert({ association_id: id, resource_code: 'library', quantity: 1 })
    .onConflict(['association_id', 'resource_code'])
    .merge();
  await computeStatsJson(scratch.db, {});
  // Only the quantity changes (no facet, so the association's row is not touched), in a transaction left open…
  const resourceWrite = await scratch.db.transaction();
  await resourceWrite('association_resources')
    .where({ association_id: id, resource_code: 'library' })
    .update({ quantity: 1001 });
  // …while the association moves to Luxor and a read refreshes both districts without the uncommitted quantity.
  await scratch.db.raw(`UPDATE associations SET geom = ${LUXOR} WHERE id = ?`, [id]);
  await computeStatsJson(scratch.db, {});
  await resourceWrite.commit();

  const [fromCells, fromAssociations] = await bothWays({ governorate: ['EG-LX'] });
  expect(fromCells).toEqual(fromAssociations);
  await expectCellsToAgree();
});

test('a write committed while a refresh is under way is counted by that same read', async () => {
  const [first] = (await qenaIds(1)) as [number];
  const { district_code: district } = await scratch
    .db('associations')
    .where({ id: first })
    .first<{ district_code: string }>('district_code');
  const { id: second } = await scratch
    .db('associations')
    .whereNull('deleted_at')
    .whereNot({ district_code: district })
    .orderBy('id')
    .first<{ id: number }>('id');
  await scratch.db('associations').where({ id: first }).increment('members', 1);
  // The refresher takes the marks, then waits to replace the cells…
  const blocker = await scratch.db.transaction();
  await blocker.raw('LOCK TABLE stats_cells IN EXCLUSIVE MODE');
  const refreshing = computeStatsJson(scratch.db, {});
  for (let tries = 0; tries < 100; tries += 1) {
    const { rows } = await scratch.db.raw<{ rows: unknown[] }>(
      "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DELETE FROM stats_cells%'",
    );
    if (rows.length) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // …when a write in another district commits: its mark was not taken, so the read refreshes once more.
  const before = (JSON.parse(await computeStatsJson(scratch.db, { minMembers: 0 })) as Stats).totals.members;
  await scratch.db('associations').where({ id: second }).increment('members', 555);
  await blocker.commit();
  const read = JSON.parse(await refreshing) as Stats;

  expect(read.totals.members).toBe(before + 555);
  const [fromCells, fromAssociations] = await bothWays({});
  expect(fromCells).toEqual(fromAssociations);
});
