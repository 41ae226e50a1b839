// `npx tsx bench/tiles-pitfalls.ts [--size 1000000]`: the classic tile-server pitfalls, measured with EXPLAIN
// ANALYZE on the benchmark database of that size (see docs/SCALING.md, which quotes this output).
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { tileStatement } from '../server/src/features/tiles/tiles.queries';
import { openBenchDatabase } from './lib/bench-database';
import { densestTile } from './lib/tile-sets';
import { ms, time } from './lib/stats';

type Plan = { 'Node Type': string; 'Plan Rows': number; 'Actual Rows': number; Plans?: Plan[]; 'Index Name'?: string };

/** The scans of a plan, e.g. "Bitmap Index Scan on associations_geom_gist (est 1200, got 1187)". */
function scans(plan: Plan): string[] {
  const index = plan['Index Name'] ? ` on ${plan['Index Name']}` : '';
  const own = /Scan/.test(plan['Node Type'])
    ? [`${plan['Node Type']}${index} (est ${plan['Plan Rows']}, got ${plan['Actual Rows']})`]
    : [];
  return [...own, ...(plan.Plans ?? []).flatMap(scans)];
}

async function explain(client: Client, sql: string, values: unknown[] = []): Promise<string> {
  const result = await client.query<{ 'QUERY PLAN': [{ Plan: Plan; 'Execution Time': number }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    values,
  );
  const [top] = result.rows[0]?.['QUERY PLAN'] ?? [];
  return top ? `${ms(top['Execution Time'])}: ${scans(top.Plan).join('; ')}` : 'no plan';
}

async function bytesOf(client: Client, sql: string, values: unknown[] = []): Promise<number> {
  const result = await client.query<{ mvt: Buffer | null }>(sql, values);
  return result.rows[0]?.mvt?.length ?? 0;
}

/** Every association of tile $1/$2/$3 (with the buffer) as points, with the given columns of `a`. */
const pointsTile = (columns: string) => `
  SELECT ST_AsMVT(t, 'associations', 4096, 'geom', 'id') AS mvt FROM (
    SELECT ST_AsMVTGeom(ST_Transform(a.geom, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom, ${columns}
      FROM associations a WHERE a.geom && ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326)) t`;
const EVERY_COLUMN = `a.id, a.registration_no, a.name_ar, a.name_en, a.kind, a.status, a.address, a.governorate_code,
  a.district_code, a.members, a.board_size, a.staff, a.volunteers, a.annual_budget::float8, a.founded_on::text,
  a.intl_coop`;
const DRAWN_COLUMNS = 'a.id, a.kind, a.members, a.intl_coop AS "intlCoop", a.status';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000000' } } });
  const bench = await openBenchDatabase('civic_atlas_bench_tiles', Number(values.size), (message) =>
    console.log(message),
  );
  const client = new Client({
    connectionString: bench.url,
    options: '-c jit=off -c max_parallel_workers_per_gather=0',
  });
  await client.connect();
  try {
    console.log(`${Number(values.size).toLocaleString('en')} associations`);
    for (const z of [10, 12, 14]) {
      const { x, y } = await densestTile(bench.db, z);
      console.log(`\n1. z${z} densest tile ${z}/${x}/${y}: count in tile`);
      console.log(
        '   column transformed  ',
        await explain(
          client,
          'SELECT count(*) FROM associations a WHERE ST_Transform(a.geom, 3857) && ST_TileEnvelope($1, $2, $3)',
          [z, x, y],
        ),
      );
      console.log(
        '   envelope transformed',
        await explain(
          client,
          'SELECT count(*) FROM associations a WHERE a.geom && ST_Transform(ST_TileEnvelope($1, $2, $3), 4326)',
          [z, x, y],
        ),
      );
    }
    console.log('\n2. associations within 2 km of Tahrir Square');
    console.log(
      '   geom::geography     ',
      await explain(
        client,
        `SELECT count(*) FROM associations a
          WHERE ST_DWithin(a.geom::geography, ST_Point(31.2357, 30.0444, 4326)::geography, 2000)`,
      ),
    );
    console.log(
      '   bbox first, then geography',
      await explain(
        client,
        `SELECT count(*) FROM associations a
          WHERE a.geom && ST_Expand(ST_Point(31.2357, 30.0444, 4326), 0.03)
            AND ST_DWithin(a.geom::geography, ST_Point(31.2357, 30.0444, 4326)::geography, 2000)`,
      ),
    );
    const analyzed = await client.query(`SELECT relname, n_live_tup, n_mod_since_analyze,
                                 greatest(last_analyze, last_autoanalyze) AS analyzed
                            FROM pg_stat_user_tables WHERE relname IN ('associations', 'association_grid')
                           ORDER BY relname`);
    console.log('\n3. statistics:', JSON.stringify(analyzed.rows));
    for (const z of [8, 12, 14]) {
      const tile = await densestTile(bench.db, z);
      const statement = tileStatement(bench.db, tile, {});
      console.log(`   z${z} tile SQL as served`, await explain(client, statement.text, statement.values));
      console.log(`   … contains LIMIT: ${/\blimit\b/i.test(statement.text)}`);
    }
    const z14 = await densestTile(bench.db, 14);
    const served = tileStatement(bench.db, z14, {});
    const drawn = await bytesOf(client, served.text, served.values);
    const every = await bytesOf(client, pointsTile(EVERY_COLUMN), [z14.z, z14.x, z14.y]);
    console.log(
      `\n4. z14 densest tile: what the map draws ${drawn.toLocaleString('en')} B; ` +
        `every column ${every.toLocaleString('en')} B`,
    );
    for (const z of [5, 8]) {
      const tile = await densestTile(bench.db, z);
      const clustered = tileStatement(bench.db, tile, {});
      const started = performance.now();
      const points = await bytesOf(client, pointsTile(DRAWN_COLUMNS), [tile.z, tile.x, tile.y]);
      const elapsed = ms(performance.now() - started);
      const clusters = await bytesOf(client, clustered.text, clustered.values);
      console.log(
        `5. z${z} densest tile: every point ${points.toLocaleString('en')} B in ${elapsed}; clusters ${clusters} B`,
      );
    }
    const connectOnce = async () => {
      const fresh = new Client({ connectionString: bench.url });
      await fresh.connect();
      await fresh.query('SELECT 1');
      await fresh.end();
    };
    const fresh = await time(connectOnce, 20);
    const pooled = await time(() => client.query('SELECT 1'), 20);
    console.log(
      `\n6. SELECT 1 on a new connection p50 ${ms(fresh.median)} (p95 ${ms(fresh.p95)}); ` +
        `on an open one p50 ${ms(pooled.median)}`,
    );
  } finally {
    await client.end();
    await bench.db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
