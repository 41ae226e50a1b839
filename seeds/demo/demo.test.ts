// The demo registry on real boundaries: enough, plausible, deterministic; and synthetic rows added on top.
import type { Db } from '../../server/src/db';
import { createMigratedDatabase } from '../../tests/support/scratch-database';
import { loadBoundaries } from '../boundaries';
import { loadSyntheticAssociations } from '../synthetic';
import { loadDemoData, type DemoCounts } from '.';

const QENA_DISTRICTS = [
  'EG.QN.AT',
  'EG.QN.FR',
  'EG.QN.NE',
  'EG.QN.NH',
  'EG.QN.QA',
  'EG.QN.QJ',
  'EG.QN.QM',
  'EG.QN.QS',
  'EG.QN.WA',
];

interface Loaded {
  db: Db;
  counts: DemoCounts;
  drop: () => Promise<void>;
}

async function freshDemoDatabase(): Promise<Loaded> {
  const scratch = await createMigratedDatabase('civic_atlas_demo_test');
  await loadBoundaries(scratch.db);
  const counts = await loadDemoData(scratch.db);
  return { db: scratch.db, counts, drop: scratch.drop };
}

async function rows<T>(db: Db, sql: string): Promise<T[]> {
  return (await db.raw<{ rows: T[] }>(sql)).rows;
}

async function one<T>(db: Db, sql: string): Promise<T> {
  const [row] = await rows<T>(db, sql);
  if (!row) throw new Error(`no row from ${sql}`);
  return row;
}

/** What must come out the same on every run: registration numbers, names and points, and what hangs off them. */
const FINGERPRINT = `
  SELECT md5(string_agg(a.registration_no || '|' || a.name_ar || '|' || a.name_en || '|' || ST_AsText(a.geom)
                          || '|' || a.members, ','
                        ORDER BY a.registration_no)) AS associations,
         (SELECT md5(string_agg(x.registration_no || ':' || s.sector_code, ','
                                ORDER BY x.registration_no, s.sector_code))
            FROM association_sectors s JOIN associations x ON x.id = s.association_id) AS sectors,
         (SELECT md5(string_agg(x.registration_no || ':' || r.resource_code || ':' || r.quantity, ','
                                ORDER BY x.registration_no, r.resource_code))
            FROM association_resources r JOIN associations x ON x.id = r.association_id) AS resources,
         (SELECT md5(string_agg(f.registration_no || '>' || t.registration_no || ':' || l.kind, ','
                                ORDER BY f.registration_no, t.registration_no, l.kind))
            FROM association_links l
            JOIN associations f ON f.id = l.from_association_id
            JOIN associations t ON t.id = l.to_association_id) AS links,
         (SELECT md5(string_agg(u.name_ar || ST_AsText(u.geom) || u.status, ',' ORDER BY u.name_ar))
            FROM social_units u) AS social_units
    FROM associations a`;

let first: Loaded;
let second: Loaded;

beforeAll(async () => {
  first = await freshDemoDatabase();
  second = await freshDemoDatabase();
}, 120_000);

afterAll(async () => {
  // A beforeAll that failed half-way leaves one or both unset.
  await (first as Loaded | undefined)?.drop();
  await (second as Loaded | undefined)?.drop();
});

test('when loaded, then Qena has at least 600 associations spread over all nine districts', async () => {
  const perDistrict = await rows<{ code: string; n: number }>(
    first.db,
    `SELECT district_code AS code, count(*)::int AS n
       FROM associations WHERE governorate_code = 'EG-KN' GROUP BY 1 ORDER BY 1`,
  );
  expect(perDistrict.map((d) => d.code)).toEqual(QENA_DISTRICTS);
  expect(perDistrict.reduce((sum, d) => sum + d.n, 0)).toBeGreaterThanOrEqual(600);
  for (const district of perDistrict) expect(district.n).toBeGreaterThanOrEqual(15);
});

test('when loaded, then Luxor and Sohag together have at least 100 associations', async () => {
  const { n } = await one<{ n: number }>(
    first.db,
    "SELECT count(*)::int AS n FROM associations WHERE governorate_code IN ('EG-LX', 'EG-SHG')",
  );
  expect(n).toBeGreaterThanOrEqual(100);
});

test('the counts returned are the rows written, all marked demo', async () => {
  const counts = await one<DemoCounts>(
    first.db,
    `SELECT
      (SELECT count(*)::int FROM associations WHERE source = 'demo') AS "associations",
      (SELECT count(*)::int FROM association_sectors) AS "associationSectors",
      (SELECT count(*)::int FROM association_resources) AS "associationResources",
      (SELECT count(*)::int FROM intl_programmes) AS "intlProgrammes",
      (SELECT count(*)::int FROM association_links) AS "associationLinks",
      (SELECT count(*)::int FROM success_stories) AS "successStories",
      (SELECT count(*)::int FROM social_units WHERE source = 'demo') AS "socialUnits"`,
  );
  expect(counts).toEqual(first.counts);
  expect(first.counts.successStories).toBeGreaterThanOrEqual(10);
  expect(first.counts.successStories).toBeLessThanOrEqual(20);
});

test('registration numbers are unique and read like QN-2011-0457', async () => {
  const numbers = await first.db('associations').pluck<string[]>('registration_no');
  expect(new Set(numbers).size).toBe(numbers.length);
  for (const number of numbers) expect(number).toMatch(/^[A-Z]{2}-(19[6-9]\d|20[0-2]\d)-\d{4}$/);
});

test('when loaded, then Arabic names are in Arabic script only and each association has an English name', async () => {
  const names = await rows<{ nameAr: string; nameEn: string | null }>(
    first.db,
    'SELECT name_ar AS "nameAr", name_en AS "nameEn" FROM associations',
  );
  for (const { nameAr, nameEn } of names) {
    expect(nameAr).toMatch(/^[\u0600-\u06FF\s()«»-]+$/);
    expect(nameAr.trim().length).toBeGreaterThan(10);
    expect(nameEn).toBeTruthy();
  }
  const units = await first.db('social_units').pluck<string[]>('name_ar');
  for (const name of units) expect(name).toMatch(/^الوحدة الاجتماعية ب[\u0600-\u06FF\s]+$/);
});

test('when loaded, then 10–20% of Qena works under international cooperation, some only in the past', async () => {
  const share = await one<{ active: number; ever: number; total: number }>(
    first.db,
    `
    SELECT count(*) FILTER (WHERE intl_coop)::int AS active,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM intl_programmes p WHERE p.association_id = a.id))::int AS ever,
           count(*)::int AS total
      FROM associations a WHERE governorate_code = 'EG-KN'`,
  );
  expect(share.active / share.total).toBeGreaterThanOrEqual(0.1);
  expect(share.active / share.total).toBeLessThanOrEqual(0.2);
  expect(share.ever).toBeGreaterThan(share.active);
});

test('every central association federates 10 to 40 civil associations of its own governorate', async () => {
  const centrals = await rows<{ members: number; foreign: number }>(
    first.db,
    `
    SELECT count(l.id)::int AS members,
           count(l.id) FILTER (WHERE m.governorate_code <> c.governorate_code OR m.kind <> 'civil')::int AS foreign
      FROM associations c
      LEFT JOIN association_links l ON l.to_association_id = c.id AND l.kind = 'affiliation'
      LEFT JOIN associations m ON m.id = l.from_association_id
     WHERE c.kind = 'central'
     GROUP BY c.id`,
  );
  expect(centrals.length).toBeGreaterThanOrEqual(20);
  for (const central of centrals) {
    expect(central.members).toBeGreaterThanOrEqual(10);
    expect(central.members).toBeLessThanOrEqual(40);
    expect(central.foreign).toBe(0);
  }
});

test('success stories sit on associations that have the resource they tell about', async () => {
  const { missing } = await one<{ missing: number }>(
    first.db,
    `
    SELECT count(*)::int AS missing FROM success_stories s
     WHERE NOT EXISTS (SELECT 1 FROM association_resources r
                        WHERE r.association_id = s.association_id
                          AND r.resource_code IN ('nursery', 'dispensary', 'vocational_workshop', 'classroom',
                                                  'computer', 'vehicle', 'library'))`,
  );
  expect(missing).toBe(0);
});

test('when loaded twice into fresh databases, then the rows are identical', async () => {
  const [a, b] = await Promise.all([one(first.db, FINGERPRINT), one(second.db, FINGERPRINT)]);
  expect(a).toEqual(b);
  expect(second.counts).toEqual(first.counts);
});

test('when 2000 synthetic associations are added, then 2000 more rows exist in districts, numbered on', async () => {
  const { db } = second;
  await expect(loadSyntheticAssociations(db, 2000, { chunkSize: 1500 })).resolves.toBe(2000);
  const synthetic = await one<{ n: number; located: number; coop: number; withSectors: number; maxNo: number }>(
    db,
    `
    SELECT count(*)::int AS n,
           count(*) FILTER (WHERE district_code IS NOT NULL AND governorate_code IS NOT NULL)::int AS located,
           count(*) FILTER (WHERE intl_coop)::int AS coop,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM association_sectors s WHERE s.association_id = a.id))::int
             AS "withSectors",
           max(substring(registration_no FROM 5)::int) AS "maxNo"
      FROM associations a WHERE source = 'synthetic'`,
  );
  expect(synthetic).toMatchObject({ n: 2000, located: 2000, withSectors: 2000, maxNo: 2000 });
  expect(synthetic.coop / 2000).toBeGreaterThan(0.1);
  expect(synthetic.coop / 2000).toBeLessThan(0.2);
  await loadSyntheticAssociations(db, 10);
  const { maxNo } = await one<{ maxNo: number }>(
    db,
    'SELECT max(substring(registration_no FROM 5)::int) AS "maxNo" FROM associations WHERE source = \'synthetic\'',
  );
  expect(maxNo).toBe(2010);
  expect(await db('associations').where({ source: 'demo' }).count<{ n: number }[]>('* as n')).toEqual([
    { n: first.counts.associations },
  ]);
});
