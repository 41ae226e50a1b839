// The stats cells against the registry itself: after every kind of write (members, a move to another governorate,
// sectors, resources, programmes, status, soft and hard deletes, a write committed while another read refreshed),
// the figures summed from the cells equal those aggregated from the associations, for each filter the cells answer.
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

/** From the cells, and from the associations (`minMembers: 0` holds every association but the cells cannot answer it). */
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
  const rows = (await scratch.db('associations').where({ governorate_code: 'EG-KN' }).whereNull('deleted_at').orderBy('id').limit(count).pluck('id')) as number[];
  if (rows.length < count) throw new Error(`the demo registry has fewer than ${count} associations in Qena`);
  return rows;
}

test('the cells and the registry agree on the demo data, and the cells are what is read', async () => {
  await expectCellsToAgree();
  const [whole] = await bothWays({});
  expect(whole.totals.associations).toBeGreaterThan(100);
  expect(Object.keys(whole.totals.partners).length).toBeGreaterThan(0);
  const { rows } = await scratch.db.raw<{ rows: { n: number }[] }>('SELECT count(*)::int AS n FROM stats_cells');
  expect(rows[0]?.n).toBeGreaterThan(0);
});

test('after writes to associations, their sectors, resources and programmes, the cells still agree', async () => {
  const [a, b, c, d, e] = (await qenaIds(5)) as [number, number, number, number, number];
  const before = JSON.parse(await computeStatsJson(scratch.db, { governorate: ['EG-KN'] })) as Stats;

  await scratch.db('associations').where({ id: a }).increment('members', 1000);
  await scratch.db.raw(`UPDATE associations SET geom = ${LUXOR} WHERE id = ?`, [b]);
  await scratch.db('association_sectors').insert({ association_id: c, sector_code: 'environment' }).onConflict().ignore();
  await scratch.db('association_resources').insert({ association_id: c, resource_code: 'nursery', quantity: 7 })
    .onConflict(['association_id', 'resource_code']).merge();
  await scratch.db('intl_programmes').insert({ association_id: d, partner: 'Stats Test Partner', donor_country: 'Testland', name: 'p', status: 'active' });
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

test('a write committed while another read refreshed the cells is counted by the next read', async () => {
  const [id] = (await qenaIds(1)) as [number];
  const trx = await scratch.db.transaction();
  await trx('associations').where({ id }).increment('members', 555);
  const during = JSON.parse(await computeStatsJson(scratch.db, { governorate: ['EG-KN'] })) as Stats;
  await trx.commit();

  const [fromCells, fromAssociations] = await bothWays({ governorate: ['EG-KN'] });
  expect(fromCells).toEqual(fromAssociations);
  expect(fromCells.totals.members).toBe(during.totals.members + 555);
});
