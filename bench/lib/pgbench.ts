// The floor: the exact tile statements the server prepares, run by pgbench -M prepared at the same concurrency,
// one script per tile (chosen at random), latencies read from pgbench's per-transaction log.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TileStatement } from '../../server/src/features/tiles/tiles.queries';
import { percentile } from './stats';

const run = promisify(execFile);
/** pgbench takes at most 128 scripts. */
const MAX_SCRIPTS = 128;
/** The session settings of the server's tile pool (server/src/features/tiles/tile-pool.ts). */
const TILE_SESSION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';

export interface FloorResult {
  p50: number;
  p95: number;
  perSecond: number;
}

/** `$n` parameters become pgbench variables set from the statement's values (numbers only: unfiltered tiles). */
function scriptOf(statement: TileStatement): string {
  const sets = statement.values.map((value, i) => {
    if (typeof value !== 'number') throw new Error(`pgbench scripts take numbers only, not ${JSON.stringify(value)}`);
    return `\\set p${i + 1} ${value}`;
  });
  const sql = statement.text
    .replace(/\$(\d+)/g, (_match, n: string) => `:p${n}`)
    .replace(/\s+/g, ' ')
    .trim();
  return `${sets.join('\n')}\n${sql};\n`;
}

export async function pgbench(
  url: string,
  statements: readonly TileStatement[],
  clients: number,
  seconds: number,
): Promise<FloorResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tiles-pgbench-'));
  try {
    const files: string[] = [];
    for (const [i, statement] of statements.slice(0, MAX_SCRIPTS).entries()) {
      const file = path.join(dir, `tile-${i}.sql`);
      await writeFile(file, scriptOf(statement));
      files.push('-f', file);
    }
    const args = [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-T',
      String(seconds),
      '-l',
      '--log-prefix',
      path.join(dir, 'log'),
      ...files,
      url,
    ];
    const { stdout } = await run('pgbench', args, {
      cwd: dir,
      env: { ...process.env, PGOPTIONS: TILE_SESSION_OPTIONS },
      maxBuffer: 16 * 1024 * 1024,
    });
    const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
    const latencies: number[] = [];
    for (const log of (await readdir(dir)).filter((name) => name.startsWith('log'))) {
      // client_id transaction_no time(µs) script_no time_epoch time_us
      for (const line of (await readFile(path.join(dir, log), 'utf8')).split('\n')) {
        const micros = Number(line.split(' ')[2]);
        if (Number.isFinite(micros) && line) latencies.push(micros / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), perSecond: tps };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
