// `npm run bench:smoke`: every benchmark in smoke mode (BENCH_SMOKE=1: small data, short runs, databases of its
// own), one after another, each stopped after STEP_LIMIT_S; then the time each took, what each skipped, and a
// non-zero exit when any failed. CI runs it after `npm test`, so a broken benchmark is seen the day it breaks.
// BENCH_DATABASE_URL is not passed on: a smoke run never writes to a database given for the full runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '..');
const BENCHMARKS = ['bench:api', 'bench:tiles', 'bench:import', 'bench:map', 'bench:networking', 'bench:load'];
/** Each takes under a minute on two cores; three is room for a busy machine, and the bound on a stuck one. */
const STEP_LIMIT_S = 180;

interface Outcome {
  name: string;
  seconds: number;
  result: string;
  skipped: string[];
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <name>` in a process group of its own, echoing its output; the group is stopped at the limit. */
function runStep(name: string, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = performance.now();
  const skipped: string[] = [];
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', name], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let timedOut = false;
    const stopGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // the group has ended already
      }
    };
    const limit = setTimeout(() => {
      timedOut = true;
      stopGroup('SIGTERM');
      setTimeout(() => stopGroup('SIGKILL'), 5000).unref();
    }, STEP_LIMIT_S * 1000);
    const onInterrupt = () => stopGroup('SIGTERM');
    process.once('SIGINT', onInterrupt);
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('skipped: ')) skipped.push(line.slice('skipped: '.length));
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      process.removeListener('SIGINT', onInterrupt);
      if (pending.startsWith('skipped: ')) skipped.push(pending.slice('skipped: '.length));
      const result = timedOut
        ? `FAILED: stopped after ${STEP_LIMIT_S} s`
        : code === 0
          ? 'ok'
          : `FAILED: exit ${code ?? signal}`;
      resolve({ name, seconds: (performance.now() - started) / 1000, result, skipped });
    });
  });
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SMOKE: '1' };
  delete env.BENCH_DATABASE_URL;
  const started = performance.now();
  if (!existsSync(path.join(ROOT, 'client/dist/index.html'))) {
    console.log('bench:smoke — client/dist is missing, bench:map needs it: npm run build:client');
    const build = spawnSync(npm, ['run', 'build:client'], {
      cwd: ROOT,
      stdio: 'inherit',
      timeout: STEP_LIMIT_S * 1000,
    });
    if (build.status !== 0) throw new Error('bench:smoke — npm run build:client failed');
  }
  const outcomes: Outcome[] = [];
  for (const name of BENCHMARKS) {
    console.log(`\n=== ${name} (BENCH_SMOKE=1) ===`);
    outcomes.push(await runStep(name, env));
  }
  console.log('\n=== bench:smoke ===');
  for (const { name, seconds, result, skipped } of outcomes) {
    console.log(`${name.padEnd(18)} ${`${seconds.toFixed(1)} s`.padStart(8)}  ${result}`);
    for (const line of skipped) console.log(`${''.padEnd(28)}skipped: ${line}`);
  }
  console.log(`${'total'.padEnd(18)} ${`${((performance.now() - started) / 1000).toFixed(1)} s`.padStart(8)}`);
  const failed = outcomes.filter((outcome) => outcome.result !== 'ok');
  if (failed.length > 0) {
    console.error(`bench:smoke — ${failed.map((outcome) => outcome.name).join(', ')} failed`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
