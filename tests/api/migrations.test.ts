// The schema in a database of its own: migrations go down and up, and the database keeps the data true.
import { loadBoundaries } from '../../seeds/boundaries';
import { createMigratedDatabase } from '../support/scratch-database';
import { getJson } from '../support/http';
import { startTestApp } from '../support/test-app';

type Scratch = Awaited<ReturnType<typeof createMigratedDatabase>>;
let scratch: Scratch;

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_migrations');
});
afterAll(() => scratch.drop());

const QUS_POINT = [32.7597, 25.9156] as const; // Qus town, in markaz Qus (EG.QN.QS)

type Inserted = { id: number; governorate_code: string | null; district_code: string | null };

async function insertAssociation(
  registrationNo: string,
  [lon, lat]: readonly [number, number],
  extra: Record<string, unknown> = {},
): Promise<[Inserted]> {
  return (await scratch.db('associations').insert(
    {
      registration_no: registrationNo,
      name_ar: 'جمعية اختبار',
      kind: 'civil',
      geom: scratch.db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [lon, lat]),
      ...extra,
    },
    ['id', 'governorate_code', 'district_code'],
  )) as [Inserted];
}

test('when every migration is rolled back and applied again, then the schema comes back whole', async () => {
  await scratch.db.migrate.rollback(undefined, true);
  const after = await scratch.db.raw<{ rows: unknown[] }>(
    "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'associations'",
  );
  expect(after.rows).toHaveLength(0);
  await scratch.db.migrate.latest();
  const [, pending] = (await scratch.db.migrate.list()) as [unknown[], unknown[]];
  expect(pending).toHaveLength(0);
});

describe('with the real boundaries loaded', () => {
  beforeAll(async () => {
    await loadBoundaries(scratch.db);
  });

  test('when an association is placed in Qus, then the database derives its governorate and district', async () => {
    const [row] = await insertAssociation('T-1', QUS_POINT);
    expect(row).toMatchObject({ governorate_code: 'EG-KN', district_code: 'EG.QN.QS' });
  });

  test('when the villages are loaded, then the database derives a governorate and district for each', async () => {
    const outside = await scratch.db('villages').whereNull('district_code').count<{ count: number }[]>('* as count');
    const orphans = await scratch.db('villages').whereNull('governorate_code').count<{ count: number }[]>('* as count');
    expect(Number(outside[0]?.count)).toBe(0);
    expect(Number(orphans[0]?.count)).toBe(0);
  });

  test('when a writer tries to set the district by hand, then the database puts the true one back', async () => {
    const [row] = await insertAssociation('T-2', QUS_POINT);
    await scratch
      .db('associations')
      .where({ id: row.id })
      .update({ district_code: 'EG.QN.QA', governorate_code: 'EG-LX' });
    const after: unknown = await scratch
      .db('associations')
      .where({ id: row.id })
      .first('district_code', 'governorate_code');
    expect(after).toEqual({ district_code: 'EG.QN.QS', governorate_code: 'EG-KN' });
  });

  test('when a point is outside Egypt, then the insert is refused with a clear message', async () => {
    await expect(insertAssociation('T-3', [2.35, 48.85])).rejects.toMatchObject({
      code: 'CA001',
      message: expect.stringContaining('outside Egypt') as unknown,
    });
  });

  test('when the registration number repeats or members are negative, then constraints refuse it', async () => {
    await insertAssociation('T-4', QUS_POINT);
    await expect(insertAssociation('T-4', QUS_POINT)).rejects.toMatchObject({ code: '23505' });
    await expect(insertAssociation('T-5', QUS_POINT, { members: -1 })).rejects.toMatchObject({ code: '23514' });
    await expect(insertAssociation('T-6', QUS_POINT, { kind: 'federal' })).rejects.toMatchObject({ code: '23514' });
  });

  test('when an active programme is added and later completed, then intl_coop follows', async () => {
    const [row] = await insertAssociation('T-7', QUS_POINT);
    const [programme] = (await scratch
      .db('intl_programmes')
      .insert({ association_id: row.id, partner: 'UNDP', name: 'برنامج', status: 'active' })
      .returning('id')) as [{ id: number }];
    const intlCoop = async () =>
      (await scratch.db('associations').where({ id: row.id }).first<{ intl_coop: boolean }>('intl_coop')).intl_coop;
    expect(await intlCoop()).toBe(true);
    await scratch.db('intl_programmes').where({ id: programme.id }).update({ status: 'completed' });
    expect(await intlCoop()).toBe(false);
  });

  test('when the normalisation meets Arabic spelling variants, then they become one', async () => {
    const result = await scratch.db.raw<{ rows: { a: string; b: string }[] }>(
      `SELECT normalize_ar('جَمْعِيّـــة أبو تشت ٢٠١٥ إسنا آمنة مصطفى') AS a,
              normalize_ar('جمعيه ابو تشت 2015 اسنا امنه مصطفي') AS b`,
    );
    expect(result.rows[0]?.a).toBe(result.rows[0]?.b);
  });
});

test('when the database has migrations pending, then /readyz answers 503', async () => {
  const unmigrated = await createMigratedDatabase('civic_atlas_unready');
  await unmigrated.db.migrate.rollback(undefined, true);
  const app = await startTestApp(unmigrated.url);
  try {
    const reply = await getJson<{ status: number }>(app.baseUrl, '/readyz');
    expect(reply.status).toBe(503);
  } finally {
    await app.stop();
    await unmigrated.drop();
  }
});
