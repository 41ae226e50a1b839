// /api/associations at the benchmark's size: a dense bbox page of 1,000, the whole list's count, and a deep page by
// offset against the same page by keyset (after=<id>), each timed sequentially after warm-up runs.
import type { Db } from '../../server/src/db';
import { ms, time } from './stats';

const CAIRO = '31.15,29.95,31.45,30.2';

async function reply(
  url: string,
): Promise<{ numberMatched: number; numberMatchedEstimated?: boolean; numberReturned: number }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as { numberMatched: number; numberMatchedEstimated?: boolean; numberReturned: number };
}

export async function listingTimings(baseUrl: string, db: Db, runs = 10): Promise<void> {
  const count =
    (await db.raw<{ rows: { n: number }[] }>('SELECT count(*)::int AS n FROM associations')).rows[0]?.n ?? 0;
  const deep = Math.floor(count / 2);
  const afterId =
    (await db.raw<{ rows: { id: number }[] }>('SELECT id FROM associations ORDER BY id OFFSET ? LIMIT 1', [deep - 1]))
      .rows[0]?.id ?? 0;
  const requests = [
    `/api/associations?bbox=${CAIRO}&limit=1000`,
    '/api/associations?limit=1000',
    '/api/associations?sector=health&limit=1000',
    `/api/associations?limit=100&offset=${deep}`,
    `/api/associations?limit=100&after=${afterId}`,
  ];
  console.log(`\n/api/associations with ${count.toLocaleString('en')} associations (${runs} runs each)`);
  for (const path of requests) {
    const first = await reply(`${baseUrl}${path}`);
    const timing = await time(() => reply(`${baseUrl}${path}`), runs);
    const matched = `${first.numberMatched.toLocaleString('en')}${first.numberMatchedEstimated ? ' (estimated)' : ''}`;
    console.log(
      `  ${path.padEnd(52)} p50 ${ms(timing.median).padStart(9)}  p95 ${ms(timing.p95).padStart(9)}  ` +
        `matched ${matched}, returned ${first.numberReturned}`,
    );
  }
}
