// Small statistics for benchmarks: timing a function repeatedly, medians and percentiles.
import { performance } from 'node:perf_hooks';

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times; milliseconds. */
export async function time(work: () => Promise<unknown>, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
