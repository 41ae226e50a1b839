// `npm run bench:tiles [-- --sizes 10000,100000,1000000 --zooms 5,8,10,12,14 --seconds 5]`: vector tiles under load
// at each size (own databases civic_atlas_bench_tiles_<size>, loaded once and reused) — cold, database warm with
// the tile cache off, cache hits — against the floor (the same prepared statements through pgbench) and a peer
// (MapServer 8 serving the same table and tiles). Exits non-zero when any request of ours failed.
// BENCH_SMOKE=1: 2,000 associations, zooms 5 and 12, 1 s per measure.
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { tileStatement } from '../server/src/features/tiles/tiles.queries';
import { startAppProcess, type AppProcess } from './lib/app-process';
import { openBenchDatabase, type BenchDatabase } from './lib/bench-database';
import { load, type LoadResult } from './lib/http-load';
import { startMapServer, type MapServerPeer } from './lib/mapserver-peer';
import { pgbench, type FloorResult } from './lib/pgbench';
import { measureBytes } from './lib/tile-bytes';
import { densestTile, tilePath, viewportTiles } from './lib/tile-sets';
import { listingTimings } from './lib/listing-timings';
import { failIfAny, skipped, smokeOr } from './lib/smoke';

const CONCURRENCY = [1, 4];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((cell, i) => String(cell).padStart(widths[i] ?? 8)).join(' ');
const WIDTHS = [3, 2, 4, 12, 12, 7, 12, 7, 12, 7, 6, 14, 6, 7, 14, 14];

interface ZoomRun {
  cold: Map<number, LoadResult>;
  warm: Map<number, LoadResult>;
  hit: Map<number, LoadResult>;
  floor: Map<number, FloorResult>;
  peer: Map<number, LoadResult>;
}

interface Servers {
  cached: AppProcess;
  uncached: AppProcess;
  peer: MapServerPeer | null;
}

const ratio = (ours?: { perSecond: number }, theirs?: { perSecond: number }) =>
  ours && theirs && theirs.perSecond > 0 ? `${(ours.perSecond / theirs.perSecond).toFixed(2)}×` : '-';

const latency = (result?: { p50: number; p95: number }) =>
  result ? `${result.p50.toFixed(1)}/${result.p95.toFixed(1)}` : '-';

/** Prints the zoom's rows; returns how many of our requests failed (the peer's are shown, not counted). */
async function benchZoom(bench: BenchDatabase, apps: Servers, z: number, seconds: number): Promise<number> {
  const coldSets = [await viewportTiles(bench.db, z, 1, 4, 1), await viewportTiles(bench.db, z, 2, 4, 1)];
  const seen = new Set(coldSets[0]?.map(tilePath));
  coldSets[1] = (coldSets[1] ?? []).filter((tile) => !seen.has(tilePath(tile)));
  const all = [...(coldSets[0] ?? []), ...coldSets[1], await densestTile(bench.db, z)];
  const paths = all.map(tilePath);
  const run: ZoomRun = { cold: new Map(), warm: new Map(), hit: new Map(), floor: new Map(), peer: new Map() };
  for (const [i, connections] of CONCURRENCY.entries()) {
    const set = coldSets[i] ?? [];
    if (set.length)
      run.cold.set(
        connections,
        await load({ baseUrl: apps.cached.baseUrl, paths: set.map(tilePath), connections, once: true }),
      );
  }
  const bytes = await measureBytes(apps.cached.baseUrl, all);
  const statements = all.map((tile) => tileStatement(bench.db, tile, {}));
  for (const connections of CONCURRENCY) {
    run.warm.set(connections, await load({ baseUrl: apps.uncached.baseUrl, paths, connections, seconds }));
    run.hit.set(connections, await load({ baseUrl: apps.cached.baseUrl, paths, connections, seconds }));
    run.floor.set(connections, await pgbench(bench.url, statements, connections, seconds));
    const peer = apps.peer;
    if (peer)
      run.peer.set(
        connections,
        await load({ baseUrl: peer.baseUrl, paths: all.map(peer.pathOf), connections, seconds }),
      );
  }
  let failed = 0;
  for (const connections of CONCURRENCY) {
    const [cold, warm, hit, peer] = [run.cold, run.warm, run.hit, run.peer].map((results) => results.get(connections));
    const floor = run.floor.get(connections);
    const errors = (cold?.errors ?? 0) + (warm?.errors ?? 0) + (hit?.errors ?? 0);
    failed += errors;
    console.log(
      row(
        [
          z,
          connections,
          all.length,
          latency(cold),
          latency(warm),
          warm?.perSecond.toFixed(0) ?? '-',
          latency(hit),
          hit?.perSecond.toFixed(0) ?? '-',
          latency(floor),
          floor?.perSecond.toFixed(0) ?? '-',
          ratio(warm, floor),
          latency(peer),
          peer?.perSecond.toFixed(0) ?? '-',
          ratio(warm, peer),
          `${kb(bytes.rawMax)}/${kb(bytes.rawMean)}`,
          `${kb(bytes.gzipMax)}/${kb(bytes.gzipMean)}` +
            (errors ? ` ERR ${errors}` : '') +
            (peer?.errors ? ` peer ERR ${peer.errors}` : ''),
        ],
        WIDTHS,
      ),
    );
  }
  return failed;
}

/** Returns what failed at this size, if anything. */
async function benchSize(size: number, zooms: number[], seconds: number): Promise<string[]> {
  const bench = await openBenchDatabase('civic_atlas_bench_tiles', size, (message) => console.log(message));
  try {
    const peer = await startMapServer(bench.url);
    const apps: Servers = {
      cached: await startAppProcess(bench.url, bench.db, { TILE_CACHE_MB: '512' }),
      uncached: await startAppProcess(bench.url, bench.db, { TILE_CACHE_MB: '0' }),
      peer: typeof peer === 'string' ? null : peer,
    };
    const failures: string[] = [];
    try {
      const ceiling = await load({ baseUrl: apps.cached.baseUrl, paths: ['/healthz'], connections: 4, seconds });
      console.log(
        `\n${size.toLocaleString('en')} associations — latency p50/p95 ms; rps = requests per second; ` +
          'KB max/mean of non-empty tiles',
      );
      console.log(
        `the app's own ceiling: GET /healthz (no database) at c=4: ${ceiling.perSecond.toFixed(0)} rps, ` +
          `p50/p95 ${latency(ceiling)} ms`,
      );
      if (typeof peer === 'string') skipped('the peer, MapServer 8', peer);
      else console.log('peer: MapServer 8 (FastCGI behind lighttpd, points at every zoom: it does not cluster)');
      console.log(
        row(
          [
            'z',
            'c',
            'n',
            'cold',
            'warm',
            'rps',
            'hit',
            'rps',
            'floor',
            'tps',
            'warm/fl',
            'mapserver',
            'rps',
            'warm/ms',
            'raw KB',
            'gzip KB',
          ],
          WIDTHS,
        ),
      );
      if (ceiling.errors) failures.push(`${size}: GET /healthz failed ${ceiling.errors} times`);
      for (const z of zooms) {
        const errors = await benchZoom(bench, apps, z, seconds);
        if (errors) failures.push(`${size}, z${z}: ${errors} tile requests failed`);
      }
      await listingTimings(apps.cached.baseUrl, bench.db, smokeOr(10, 3));
    } finally {
      await apps.cached.stop();
      await apps.uncached.stop();
      await apps.peer?.stop();
    }
    return failures;
  } finally {
    await bench.db.destroy();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: smokeOr('10000,100000,1000000', '2000') },
      zooms: { type: 'string', default: smokeOr('5,8,10,12,14', '5,12') },
      seconds: { type: 'string', default: smokeOr('5', '1') },
    },
  });
  const list = (text: string | undefined) => (text ?? '').split(',').filter(Boolean).map(Number);
  const loadAverage = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `load average at start ${loadAverage}`,
  );
  console.log(
    'cold = first request of each tile to a fresh tile cache; warm = repeated, TILE_CACHE_MB=0; ' +
      'hit = repeated, cached; floor = pgbench -M prepared of the same SQL',
  );
  const failures: string[] = [];
  for (const size of list(values.sizes))
    failures.push(...(await benchSize(size, list(values.zooms), Number(values.seconds))));
  failIfAny(failures);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
