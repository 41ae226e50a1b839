// Synthetic associations for benchmarks, generated inside PostgreSQL (INSERT … SELECT FROM generate_series),
// source = 'synthetic'.
// Points fall inside districts chosen by population, so the Nile valley and the Delta get most of them.
import type { Db } from '../server/src/db';

export interface SyntheticOptions {
  /** Rows per INSERT statement (each statement is atomic). */
  chunkSize?: number;
  onProgress?: (loaded: number, total: number) => void;
}

const DEFAULT_CHUNK = 100_000;

/** The highest n among existing `SYN-<n>` numbers, so a second run continues rather than collides. */
const MAX_SYNTHETIC_NUMBER = `
  SELECT coalesce(max(substring(registration_no FROM 5)::bigint), 0) AS n
    FROM associations
   WHERE registration_no ~ '^SYN-[0-9]+$'`;

/**
 * One chunk of `size` rows numbered first..last (bindings: size, first, last, first). A pool of random points is
 * drawn inside districts, each district getting a share of the chunk proportional to its population (districts
 * without a figure count as a small town); the generated rows take one pool point each. Sectors, resources and
 * programmes hang off the inserted ids in the same statement; the intl_programmes trigger then sets intl_coop, and
 * locate_in_district the codes.
 */
const INSERT_CHUNK = `
WITH weights AS (
  SELECT d.code, d.name_ar, d.name_en, d.geom,
         coalesce(d.population,
                  (SELECT percentile_disc(0.1) WITHIN GROUP (ORDER BY population) FROM districts WHERE population > 0))
           AS w
    FROM districts d
), shares AS (
  SELECT name_ar, name_en, geom, ceil(?::float8 * w / sum(w) OVER ())::int AS k FROM weights WHERE w > 0
), pool AS MATERIALIZED (
  SELECT row_number() OVER (ORDER BY random()) AS slot, s.name_ar, s.name_en, p.geom
    FROM shares s CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(s.geom, s.k)) p
), draws AS MATERIALIZED (
  -- Every random number a row needs, drawn once; z1 and z2 are standard normal (Box–Muller).
  SELECT g AS n, pool.name_ar AS place_ar, pool.name_en AS place_en, pool.geom,
         random() AS r_kind, random() AS r_status, random() AS r_name, random() AS r_date, random() AS r_misc,
         random() AS r_phone,
         sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z1,
         sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z2
    FROM generate_series(?::bigint, ?::bigint) g
    JOIN pool ON pool.slot = g - ?::bigint + 1
), named AS (
  SELECT d.*, (r_kind < 0.04) AS central,
         (ARRAY['جمعية تنمية المجتمع المحلي', 'الجمعية الخيرية لرعاية الأيتام', 'جمعية رعاية المعاقين',
                'جمعية تنمية المرأة الريفية', 'جمعية رعاية الطفولة والأمومة', 'جمعية الخدمات الصحية',
                'جمعية محو الأمية وتعليم الكبار', 'جمعية الشباب للتنمية'])[1 + floor(r_name * 8)::int] AS pattern_ar,
         (ARRAY['Community Development Association', 'Charitable Association for Orphan Care',
                'Association for the Care of the Disabled', 'Rural Women Development Association',
                'Mother and Child Care Association', 'Health Services Association',
                'Literacy and Adult Education Association', 'Youth Development Association'])
           [1 + floor(r_name * 8)::int] AS pattern_en,
         date '1960-01-01' + floor(r_date * 23376)::int AS founded_on
    FROM draws d
), inserted AS (
  INSERT INTO associations (registration_no, name_ar, name_en, kind, status, geom, address, members, board_size, staff,
                            volunteers, annual_budget, founded_on, registered_on, last_verified_on, phone, source)
  SELECT 'SYN-' || n,
         pattern_ar || ' ب' || place_ar || ' ' || n,
         pattern_en || ' of ' || place_en || ' ' || n,
         CASE WHEN central THEN 'central' ELSE 'civil' END,
         CASE WHEN central OR r_status < 0.89 THEN 'active' WHEN r_status < 0.97 THEN 'suspended' ELSE 'dissolved' END,
         geom,
         'شارع الجمهورية، ' || place_ar,
         members,
         5 + 2 * floor(r_misc * 6)::int,
         floor(members * r_misc * 0.08)::int,
         floor(members * (0.05 + r_status * 0.45))::int,
         round(exp(ln(CASE WHEN central THEN 2500000 ELSE 120000 END) + 0.8 * z2) / 500) * 500,
         founded_on,
         least(founded_on + floor(r_misc * 540)::int, date '2024-12-31'),
         date '2024-01-01' + floor(r_status * 1034)::int,
         '01' || (ARRAY['0', '1', '2', '5'])[1 + floor(r_phone * 4)::int]
              || lpad((floor(r_phone * 400000000)::bigint % 100000000)::text, 8, '0'),
         'synthetic'
    FROM (SELECT named.*,
                 CASE WHEN central THEN least(4800, greatest(150, round(exp(ln(700) + 0.6 * z1))))
                      ELSE least(2500, greatest(10, round(exp(ln(60) + 0.85 * z1)))) END::int AS members
            FROM named) sized
  RETURNING id
), vocabulary AS (
  SELECT code, row_number() OVER (ORDER BY sort_order, code) - 1 AS k, count(*) OVER () AS total FROM sectors
), with_sectors AS (
  -- One main sector by id, and each other one with a 10% chance: 1–4 sectors, 2.1 on average.
  INSERT INTO association_sectors (association_id, sector_code)
  SELECT i.id, v.code FROM inserted i JOIN vocabulary v ON v.k = i.id % v.total OR random() < 0.1
), with_resources AS (
  -- A headquarters (45% owned, else rented), then each other resource by its chance and up to its maximum.
  INSERT INTO association_resources (association_id, resource_code, quantity)
  SELECT i.id, t.code, 1 + floor(random() * r.most)::int
    FROM inserted i
    JOIN (VALUES ('hall', 0.35, 2), ('computer', 0.5, 8), ('vehicle', 0.08, 2), ('nursery', 0.1, 1),
                 ('dispensary', 0.04, 1), ('vocational_workshop', 0.08, 3), ('classroom', 0.12, 6),
                 ('library', 0.07, 1), ('playground', 0.05, 1),
                 ('headquarters_owned', NULL, 1), ('headquarters_rented', NULL, 1)) AS r(code, chance, most)
      ON CASE r.code WHEN 'headquarters_owned' THEN i.id % 20 < 9
                     WHEN 'headquarters_rented' THEN i.id % 20 >= 9
                     ELSE random() < r.chance END
    JOIN resource_types t ON t.code = r.code
)
-- About 15% under international cooperation: one active programme each.
INSERT INTO intl_programmes (association_id, partner, donor_country, name, sector_code, starts_on, ends_on, budget,
                             status)
SELECT p.id, (ARRAY['UNDP', 'UNICEF', 'GIZ', 'JICA', 'USAID', 'European Union', 'WFP', 'UN Women'])[p.k],
       (ARRAY['Japan', 'European Union', 'Germany', 'Japan', 'USA', 'European Union', 'Germany', 'Sweden'])[p.k],
       'برنامج تجريبي للتنمية المحلية', v.code, date '2024-01-01', date '2027-12-31', 1000000, 'active'
  FROM (SELECT id, 1 + floor(random() * 8)::int AS k FROM inserted WHERE random() < 0.15) p
  JOIN vocabulary v ON v.k = p.id % v.total`;

/** What a chunk writes to, itself or through triggers. */
export const LOADED_TABLES = [
  'associations',
  'association_sectors',
  'association_resources',
  'intl_programmes',
  'association_grid',
  'association_facet_grid',
  'search_words',
  'stats_dirty',
];

/** Inserts `count` synthetic associations in chunks and returns how many were inserted; analyses after each chunk. */
export async function loadSyntheticAssociations(
  db: Db,
  count: number,
  options: SyntheticOptions = {},
): Promise<number> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const offset = Number((await db.raw<{ rows: { n: string | number }[] }>(MAX_SYNTHETIC_NUMBER)).rows[0]?.n ?? 0);
  let loaded = 0;
  while (loaded < count) {
    const size = Math.min(chunkSize, count - loaded);
    const first = offset + loaded + 1;
    await db.transaction(async (trx) => {
      // The planner's row estimates for generate_series are far off, which makes JIT compile for seconds per chunk
      // for nothing.
      await trx.raw('SET LOCAL jit = off');
      // The statement-level triggers (the tile grid sorts 13 rows per association) sort in memory rather than on disk.
      await trx.raw("SET LOCAL work_mem = '256MB'");
      await trx.raw(INSERT_CHUNK, [size, first, first + size - 1, first]);
    });
    loaded += size;
    options.onProgress?.(loaded, count);
    // Autovacuum may be off or behind: with the statistics of a smaller table the triggers' plans flipped, and a
    // chunk past 900,000 associations ran for over 15 minutes instead of 50 s.
    await db.raw(`ANALYZE ${LOADED_TABLES.join(', ')}`);
  }
  return loaded;
}
