// Smoke mode (BENCH_SMOKE=1): every benchmark runs its full path on small data and short durations, so that CI
// sees a broken benchmark the day it breaks. Only defaults change: explicit options still win; databases of a fixed
// name get a `_smoke` twin, those named by size (bench-database.ts) differ by their size already.

export const SMOKE = /^(1|true|yes)$/i.test(process.env.BENCH_SMOKE ?? '');

/** The full run's value, or the smoke run's. */
export const smokeOr = <T>(full: T, smoke: T): T => (SMOKE ? smoke : full);

/** A benchmark database's name: its smoke twin in smoke mode, so a smoke run never touches the large one. */
export const benchDatabaseName = (name: string): string => (SMOKE ? `${name}_smoke` : name);

/** Prints why a part of a benchmark did not run, in one recognisable line (bench:smoke lists them at the end). */
export const skipped = (what: string, why: string): void => console.log(`skipped: ${what} — ${why}`);

/** A benchmark that printed its figures but saw something fail: thrown at the end, so the process exits non-zero. */
export function failIfAny(failures: readonly string[]): void {
  if (failures.length > 0) throw new Error(`benchmark failed:\n  ${failures.join('\n  ')}`);
}
