// A horizontal bar chart in SVG, one bar per row, drawn from the reading side (right in Arabic) with its value beside
// it (and a row's note, e.g. «تقدير»; or, with no value, what it lacks), and an optional note under the chart.
import type { Language } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';

export interface BarRow {
  key: string;
  label: string;
  value: number | null;
  /** Words after the value, e.g. «تقدير» for a figure on an estimated population. */
  note?: string | undefined;
  /** Shown instead of a value when there is none, e.g. «لا يوجد تعداد»; a dash without it. */
  missing?: string | undefined;
}

const ROW = 26;
const WIDTH = 440;
const LABEL = 175;
/** Room for the value; more when some row says a few words beside or instead of it. */
const valueWidth = (rows: BarRow[]) => (rows.some((row) => row.note || (row.value === null && row.missing)) ? 120 : 55);
/** Longer labels are cut to fit the label column; the whole label stays in the bar's accessible name. */
const MAX_LABEL = 24;
const fit = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

interface DashboardBarChartProps {
  title: string;
  rows: BarRow[];
  language: Language;
  testId: string;
  /** A line under the chart, e.g. how the populations divided by were arrived at. */
  note?: string | undefined;
}

export function DashboardBarChart({ title, rows, language, testId, note }: DashboardBarChartProps) {
  const rtl = language === 'ar';
  const max = Math.max(...rows.map((row) => row.value ?? 0), 0) || 1;
  const span = WIDTH - LABEL - valueWidth(rows);
  const height = rows.length * ROW + 4;
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="list"
        aria-label={title}
        direction={rtl ? 'rtl' : 'ltr'}
      >
        {rows.map((row, index) => {
          const length = ((row.value ?? 0) / max) * span;
          const y = index * ROW + 2;
          const barStart = rtl ? WIDTH - LABEL - length : LABEL;
          const value = row.value === null ? (row.missing ?? '—') : formatNumber(row.value, language);
          const text = row.value !== null && row.note ? `${value} (${row.note})` : value;
          return (
            <g
              key={row.key}
              role="listitem"
              aria-label={`${row.label}: ${text}`}
              data-testid="chart-bar"
              data-key={row.key}
              data-value={row.value ?? ''}
            >
              <text x={rtl ? WIDTH - 4 : 4} y={y + ROW / 2 + 4} textAnchor="start" className="chart-label">
                {fit(row.label)}
              </text>
              <rect
                x={barStart}
                y={y + 4}
                width={Math.max(length, row.value ? 1 : 0)}
                height={ROW - 8}
                rx={3}
                className="chart-bar"
              />
              <text
                x={rtl ? barStart - 6 : barStart + length + 6}
                y={y + ROW / 2 + 4}
                textAnchor="start"
                className="chart-value"
              >
                {text}
              </text>
            </g>
          );
        })}
      </svg>
      {note && (
        <p className="note chart-note" data-testid={`${testId}-note`}>
          {note}
        </p>
      )}
    </figure>
  );
}
