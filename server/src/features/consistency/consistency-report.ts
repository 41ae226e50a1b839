// The check's report as people read it in a terminal: one line per piece of derived state, then the differences.
import type { CheckResult, ConsistencyReport, Difference } from './consistency-check.queries';

const count = (n: number) => n.toLocaleString('en');

function resultLine(result: CheckResult): string {
  const verdict = result.differences === 0 ? 'ok' : `${count(result.differences)} DIFFERENT`;
  const tolerated = result.tolerated ? ` (${count(result.tolerated)} allowed by design)` : '';
  const detail = `[${result.stored}, ${count(result.milliseconds)} ms]`;
  return `${result.name.padEnd(30)} ${verdict.padEnd(16)} of ${count(result.compared)}${tolerated}  ${detail}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Both sides of a difference, objects cut down to the fields that differ (a stats cell holds a dozen lists). */
export function differingFields(stored: unknown, expected: unknown): [unknown, unknown] {
  if (!isObject(stored) || !isObject(expected)) return [stored, expected];
  const keys = [...new Set([...Object.keys(stored), ...Object.keys(expected)])].filter(
    (key) => JSON.stringify(stored[key]) !== JSON.stringify(expected[key]),
  );
  const pick = (side: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, side[key] ?? null]));
  return [pick(stored), pick(expected)];
}

function exampleLine(difference: Difference): string {
  const [stored, expected] = differingFields(difference.stored, difference.expected);
  return `  ${difference.key}: stored ${JSON.stringify(stored)}, recomputed ${JSON.stringify(expected)}`;
}

function differenceLines(result: CheckResult): string[] {
  const districts = Object.entries(result.byDistrict).sort(([a], [b]) => a.localeCompare(b));
  return [
    `${result.name} (${result.stored}): ${count(result.differences)} different`,
    ...(districts.length ? [`  per district: ${districts.map(([code, n]) => `${code} ${count(n)}`).join(', ')}`] : []),
    ...result.examples.map(exampleLine),
    ...(result.examples.length < result.differences
      ? [`  … and ${count(result.differences - result.examples.length)} more`]
      : []),
  ];
}

export function formatReport(report: ConsistencyReport): string {
  const pending = report.pendingStatsDistricts.length;
  const lines = [
    ...report.results.map(resultLine),
    `stats cells of ${count(pending)} district${pending === 1 ? '' : 's'} ` +
      'wait for the next read to refresh them (not compared)',
    `data version ${report.dataVersion} (a sequence bumped by triggers: nothing to recompute)`,
    '',
    ...report.results.filter((result) => result.differences > 0).flatMap((result) => [...differenceLines(result), '']),
    report.differences === 0
      ? `0 differences (${count(report.milliseconds)} ms)`
      : `${count(report.differences)} differences (${count(report.milliseconds)} ms): ` +
        '`npm run db:rebuild` recomputes all derived state',
  ];
  return lines.join('\n');
}
