// A horizontal bar chart in SVG, one bar per row, drawn from the reading side (right in Arabic) with its value beside it.
import type { Language } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';

export interface BarRow {
  key: string;
  label: string;
  value: number | null;
}

const ROW = 26;
const WIDTH = 440;
const LABEL = 175;
const VALUE = 55;
/** Longer labels are cut to fit the label column; the whole label stays in the bar's accessible name. */
const MAX_LABEL = 24;
const fit = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

export function DashboardBarChart({ title, rows, language, testId }: { title: string; rows: BarRow[]; language: Language; testId: string }) {
  const rtl = language === 'ar';
  const max = Math.max(...rows.map((row) => row.value ?? 0), 0) || 1;
  const span = WIDTH - LABEL - VALUE;
  const height = rows.length * ROW + 4;
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="list" aria-label={title} direction={rtl ? 'rtl' : 'ltr'}>
        {rows.map((row, index) => {
          const length = ((row.value ?? 0) / max) * span;
          const y = index * ROW + 2;
          const barStart = rtl ? WIDTH - LABEL - length : LABEL;
          const text = row.value === null ? '—' : formatNumber(row.value, language);
          return (
            <g key={row.key} role="listitem" aria-label={`${row.label}: ${text}`} data-testid="chart-bar" data-key={row.key} data-value={row.value ?? ''}>
              <text x={rtl ? WIDTH - 4 : 4} y={y + ROW / 2 + 4} textAnchor="start" className="chart-label">{fit(row.label)}</text>
              <rect x={barStart} y={y + 4} width={Math.max(length, row.value ? 1 : 0)} height={ROW - 8} rx={3} className="chart-bar" />
              <text x={rtl ? barStart - 6 : barStart + length + 6} y={y + ROW / 2 + 4} textAnchor="start" className="chart-value">{text}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
