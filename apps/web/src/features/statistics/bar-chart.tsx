import { formatCount, type ReportTable } from '@cps/domain';
import { useId } from 'react';
import { rowLabel } from './report-table';

// A bar chart of one table, Milwaukee and Balance of State side by side for each row. Plain SVG;
// the table just above it is its text alternative, so the chart names that table and no more.

const WIDTH = 640;
const LABEL = 190;
const BAR = 11;
const GAP = 4;
const ROW = BAR * 2 + GAP + 12;
const TOP = 28;

/** Long labels ("Native Hawaiian / Other Pacific Islander") on two lines, split at the space nearest the middle. */
function wrap(label: string): string[] {
  if (label.length <= 26) return [label];
  const spaces = label.split('').flatMap((c, i) => (c === ' ' ? [i] : []));
  const cut = spaces.sort((a, b) => Math.abs(a - label.length / 2) - Math.abs(b - label.length / 2))[0];
  return cut === undefined ? [label] : [label.slice(0, cut), label.slice(cut + 1)];
}

export function BarChart({ table }: { table: ReportTable }) {
  const titleId = useId();
  const counts = table.rows.flatMap((r) => [r.milwaukee ?? 0, r.balanceOfState ?? 0]);
  const max = Math.max(1, ...counts);
  const plot = WIDTH - LABEL - 56;
  const height = TOP + table.rows.length * ROW + 4;
  const bar = (value: number | null, y: number, className: string) => (
    <>
      {value ? (
        <rect className={className} x={LABEL} y={y} width={Math.max(1, (value / max) * plot)} height={BAR} />
      ) : null}
      <text className="statistics-chart__value" x={LABEL + (value ? (value / max) * plot : 0) + 4} y={y + BAR - 1}>
        {formatCount(value)}
      </text>
    </>
  );
  return (
    <figure className="statistics-chart margin-x-0 margin-top-1 margin-bottom-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        className="display-block"
      >
        <title
          id={titleId}
        >{`Bar chart of table ${table.number}, Milwaukee and Balance of State for each row; the numbers are in table ${table.number} above.`}</title>
        <rect className="statistics-chart__milwaukee" x={LABEL} y={4} width={12} height={12} />
        <text className="statistics-chart__legend" x={LABEL + 18} y={14}>
          Milwaukee
        </text>
        <rect className="statistics-chart__balance" x={LABEL + 110} y={4} width={12} height={12} />
        <text className="statistics-chart__legend" x={LABEL + 128} y={14}>
          Balance of State
        </text>
        {table.rows.map((row, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={row.key}>
              <text className="statistics-chart__label" x={LABEL - 8} y={y + BAR + 2} textAnchor="end">
                {wrap(rowLabel(table, row.label)).map((line, n, lines) => (
                  <tspan key={line} x={LABEL - 8} dy={n === 0 ? (lines.length - 1) * -7 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
              {bar(row.milwaukee, y, 'statistics-chart__milwaukee')}
              {bar(row.balanceOfState, y + BAR + GAP, 'statistics-chart__balance')}
            </g>
          );
        })}
        <line className="statistics-chart__axis" x1={LABEL} x2={LABEL} y1={TOP - 4} y2={height - 2} />
      </svg>
    </figure>
  );
}
