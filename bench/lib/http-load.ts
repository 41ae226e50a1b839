// Drives the app with autocannon: tile paths in a given order, each connection one request at a time;
// per-request latencies kept so p50 and p95 come from every request, not from a histogram's fixed percentiles.
import autocannon from 'autocannon';
import { percentile } from './stats';

export interface LoadResult {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  errors: number;
}

export interface LoadOptions {
  baseUrl: string;
  paths: readonly string[];
  connections: number;
  /** Each path once, in order (cold: every request a miss) … */
  once?: boolean;
  /** … or round and round for this many seconds. */
  seconds?: number;
}

export async function load({
  baseUrl,
  paths,
  connections,
  once = false,
  seconds = 5,
}: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        pipelining: 1,
        ...(once ? { amount: paths.length } : { duration: seconds }),
        headers: { 'accept-encoding': 'gzip' },
        requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }],
      },
      (error: unknown, finished) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
        else resolve(finished);
      },
    );
    instance.on('response', (_client, status, _bytes, milliseconds) => {
      if (status >= 400) errors += 1;
      latencies.push(milliseconds);
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    perSecond: once ? latencies.length / elapsed : result.requests.average,
    errors: errors + result.errors + result.timeouts,
  };
}
