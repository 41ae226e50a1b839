// Arabic-aware search: every normalisation rule in both directions, typo tolerance and ranking, on hand-made names.
import { loadBoundaries } from '../../seeds/boundaries';
import {
  applyAssociationFilters,
  resolveAssociationFilters,
} from '../../server/src/features/associations/association-filters.queries';
import { getJson } from '../support/http';
import { createMigratedDatabase } from '../support/scratch-database';
import { startTestApp, type TestApp } from '../support/test-app';

const QUS: [number, number] = [32.76297, 25.91567];
const NAMES: [string, string, string | null][] = [
  ['N-1', 'جَمْعِيَّةُ الهُدَى لرعاية الأيتام بإسنا', 'Al Huda Orphan Care Association'],
  ['N-2', 'جمعية تنميـــة المجتمع بآل سالم', null],
  ['N-3', 'مؤسسة ٱلنور للتنمية', 'Al Nour Foundation'],
  ['N-4', 'جمعية مصطفى كامل الخيرية', null],
  ['N-5', 'جمعية رقم ٢٠١٥ للتنمية', null],
  ['N-6', 'جمعيه سيدات الاعمال بقوص', 'Businesswomen Association of Qus'],
  ['N-7', 'جمعية تنمية المجتمع بقوص', 'Community Development Association of Qus'],
];

let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
let app: TestApp;

beforeAll(async () => {
  scratch = await createMigratedDatabase('civic_atlas_search');
  await loadBoundaries(scratch.db);
  await scratch.db('associations').insert(
    NAMES.map(([registrationNo, nameAr, nameEn]) => ({
      registration_no: registrationNo,
      name_ar: nameAr,
      name_en: nameEn,
      kind: 'civil',
      geom: scratch.db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', QUS),
    })),
  );
  app = await startTestApp(scratch.url);
});
afterAll(async () => {
  await app.stop();
  await scratch.drop();
});

async function found(q: string): Promise<string[]> {
  const reply = await getJson<{ results: { type: string; registrationNo: string | null }[] }>(
    app.baseUrl,
    `/api/search?q=${encodeURIComponent(q)}`,
  );
  expect(reply.status).toBe(200);
  return reply.body.results.filter((r) => r.type === 'association').map((r) => r.registrationNo ?? '');
}

describe('each normalisation rule, both ways', () => {
  test.each([
    ['tashkeel stripped (query plain, name marked)', 'جمعية الهدى', 'N-1'],
    ['tashkeel stripped (query marked, name plain)', 'جَمْعِيَّةُ سيِّدات', 'N-6'],
    ['tatweel stripped (name has it)', 'تنمية المجتمع بال سالم', 'N-2'],
    ['tatweel stripped (query has it)', 'سيـــدات', 'N-6'],
    ['alef with hamza below (name إ, query ا)', 'باسنا', 'N-1'],
    ['alef madda (name آ, query ا)', 'بال سالم', 'N-2'],
    ['alef wasla (name ٱ, query ا)', 'النور', 'N-3'],
    ['alef with hamza above (query أ, name ا)', 'الأعمال', 'N-6'],
    ['alef maqsura (name ى, query ي)', 'مصطفي', 'N-4'],
    ['alef maqsura (query ى, name ي after normalising)', 'الهدى', 'N-1'],
    ['ta marbuta (name ة, query ه)', 'جمعيه مصطفى', 'N-4'],
    ['ta marbuta (query ة, name ه)', 'جمعية سيدات', 'N-6'],
    ['Arabic-Indic digits (name ٢٠١٥, query 2015)', '2015', 'N-5'],
    ['Arabic-Indic digits (query ٢٠١٥)', '٢٠١٥', 'N-5'],
    ['Persian digits (query ۲۰۱۵)', '۲۰۱۵', 'N-5'],
    ['English name, any case', 'al huda', 'N-1'],
    ['registration number', 'N-4', 'N-4'],
  ])('%s: «%s» finds %s', async (_rule, q, expected) => {
    expect(await found(q)).toContain(expected);
  });
});

test.each([
  ['a missing letter', 'جمعية سيدات الاعما', 'N-6'],
  ['a wrong letter', 'جمعية تنمبة المجتمع بقوص', 'N-7'],
  ['swapped letters', 'سيدات الاعلام بقوص', 'N-6'],
])('when the query has %s («%s»), then %s is still found', async (_what, q, expected) => {
  expect(await found(q)).toContain(expected);
});

test('every word must match: «تنمية قوص» finds the Qus development association, not Esna or Al Nour', async () => {
  const results = await found('تنمية قوص');
  expect(results[0]).toBe('N-7');
  expect(results).not.toContain('N-1');
  expect(results).not.toContain('N-3');
});

test('the closest name ranks first', async () => {
  expect((await found('جمعية تنمية المجتمع بقوص'))[0]).toBe('N-7');
});

test('villages are suggested too, for the partner finder and to fly to', async () => {
  const reply = await getJson<{ results: { type: string; nameAr: string }[] }>(
    app.baseUrl,
    `/api/search?q=${encodeURIComponent('قوص')}`,
  );
  expect(reply.body.results.some((r) => r.type === 'village' && r.nameAr === 'قوص')).toBe(true);
});

test('when only villages are asked for, then no association comes, however well it matches', async () => {
  const reply = await getJson<{ results: { type: string; nameAr: string }[] }>(
    app.baseUrl,
    `/api/search?q=${encodeURIComponent('قوص')}&type=village`,
  );
  expect(reply.body.results.map((r) => r.type)).toEqual(reply.body.results.map(() => 'village'));
  expect(reply.body.results.some((r) => r.nameAr === 'قوص')).toBe(true);
});

test('the list filter q uses the same search', async () => {
  const reply = await getJson<{ features: { properties: { registrationNo: string } }[] }>(
    app.baseUrl,
    `/api/associations?q=${encodeURIComponent('مصطفي')}`,
  );
  expect(reply.body.features.map((f) => f.properties.registrationNo)).toEqual(['N-4']);
});

test('when an association is added or renamed later, then its new words are found, typos too', async () => {
  const [row] = (await scratch
    .db('associations')
    .insert({
      registration_no: 'N-8',
      name_ar: 'جمعية القنطرة الغربية',
      kind: 'civil',
      geom: scratch.db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', QUS),
    })
    .returning('id')) as [{ id: number }];
  expect(await found('القنطرا')).toContain('N-8');
  await scratch.db('associations').where({ id: row.id }).update({ name_ar: 'جمعية الزعفرانة الشرقية' });
  expect(await found('الزعفرانه')).toContain('N-8');
  expect(await found('القنطرة')).not.toContain('N-8');
  await scratch.db('associations').where({ id: row.id }).delete();
});

test('when seq scans are off, then the q filter is answered by the index on the words of each text', async () => {
  const filters = await resolveAssociationFilters(scratch.db, { q: 'جمعية تنمبة' });
  expect(filters.qWords).toEqual([['جمعيه'], ['تنميه']]);
  const { sql, bindings } = scratch
    .db('associations as a')
    .select('a.id')
    .modify((builder) => applyAssociationFilters(builder, filters))
    .toSQL()
    .toNative();
  const plan = await scratch.db.transaction(async (trx) => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    const { rows } = await trx.raw<{ rows: { 'QUERY PLAN': string }[] }>(
      `EXPLAIN ${sql.replace(/\$\d+/g, '?')}`,
      bindings as string[],
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
  expect(plan).toContain('associations_search_words');
  expect(plan).not.toMatch(/Seq Scan on associations/);
});

describe('when more associations come close to the query than are ranked', () => {
  beforeAll(async () => {
    // 150 near misses stored first, the one holding the typed word last: a set of candidates taken in storage order
    // alone would miss it.
    const rows: [string, string][] = Array.from({ length: 150 }, (_, k) => [`Z-${k}`, `جمعية الزيتونة للتنمية ${k}`]);
    rows.push(['Z-exact', 'جمعية الزيتوني للتنمية']);
    await scratch.db('associations').insert(
      rows.map(([registrationNo, nameAr]) => ({
        registration_no: registrationNo,
        name_ar: nameAr,
        kind: 'civil',
        geom: scratch.db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', QUS),
      })),
    );
  });

  test('then the one holding every word as typed ranks first, and near misses follow', async () => {
    const results = await found('الزيتوني للتنمية');
    expect(results[0]).toBe('Z-exact');
    expect(results.slice(1).every((registrationNo) => registrationNo.startsWith('Z-'))).toBe(true);
  });

  test('then a typo of the word finds the near misses', async () => {
    expect((await found('الزيتونا للتنمية')).length).toBe(8);
  });
});

describe('when a typed word is part of many registration numbers', () => {
  type Page = { numberMatched: number; features: { properties: { registrationNo: string } }[] };
  const insertNumbered = (prefix: string, count: number) =>
    scratch.db.raw(
      `INSERT INTO associations (registration_no, name_ar, kind, geom)
       SELECT ? || g, 'جمعية مرقمة ' || g, 'civil', ST_SetSRID(ST_MakePoint(?, ?), 4326) FROM generate_series(1, ?) g`,
      [prefix, ...QUS, count],
    );

  test('then a word standing for over 100 of them still filters the list exactly, by the words index', async () => {
    await insertNumbered('LONG-', 150);
    const reply = await getJson<Page>(app.baseUrl, `/api/associations?q=LONG&limit=500`);
    expect(reply.status).toBe(200);
    expect(reply.body.numberMatched).toBe(150);
    expect(new Set(reply.body.features.map((f) => f.properties.registrationNo)).size).toBe(150);
    const narrower = await getJson<Page>(app.baseUrl, `/api/associations?q=LONG-12&limit=500`);
    expect(narrower.body.features.map((f) => f.properties.registrationNo).sort()).toEqual(
      ['LONG-12', ...Array.from({ length: 10 }, (_, k) => `LONG-12${k}`)].sort(),
    );
  });

  test('then a word inside over 1,000 different words is a 400 saying so, in lists, stats and tiles', async () => {
    await insertNumbered('VAGUE-', 1001);
    for (const path of ['/api/associations?q=VAGUE', '/api/stats?q=VAGUE', '/tiles/associations/5/19/13.mvt?q=VAGUE']) {
      const reply = await getJson<{ detail: string }>(app.baseUrl, path);
      expect(reply.status).toBe(400);
      expect(reply.contentType).toContain('application/problem+json');
      expect(reply.body.detail).toContain('type more of it');
    }
    expect((await getJson(app.baseUrl, '/api/associations?q=VAGUE-1000')).status).toBe(200);
  });
});
