import { type CountyReportTable, formatCount, type ReportTable } from '@cps/domain';
import { useId } from 'react';
import { rowLabel } from './report-table';

// A bar chart of one table, Milwaukee and Balance of State side by side for each row (a supervisor's
// county: one bar per row). Plain SVG; the table just above it is its text alternative, so the
// chart names that table and no more.

const WIDTH = 640;
const LABEL = 190;
const BAR = 11;
const GAP = 4;
const TOP = 28;

/** Long labels ("Native Hawaiian / Other Pacific Islander") on two lines, split at the space nearest the middle. */
function wrap(label: string): string[] {
  if (label.length <= 26) return [label];
  const spaces = label.split('').flatMap((c, i) => (c === ' ' ? [i] : []));
  const cut = spaces.sort((a, b) => Math.abs(a - label.length / 2) - Math.abs(b - label.length / 2))[0];
  return cut === undefined ? [label] : [label.slice(0, cut), label.slice(cut + 1)];
}

type Series = { name: string; className: string; value: (row: number) => number | null };

export function BarChart({ table, countyName }: { table: ReportTable | CountyReportTable; countyName?: string }) {
  const titleId = useId();
  const series: Series[] =
    'county' in table.totals
      ? [
          {
            name: countyName ?? 'County',
            className: 'statistics-chart__milwaukee',
            value: (i) => (table as CountyReportTable).rows[i]?.county ?? null,
          },
        ]
      : [
          {
            name: 'Milwaukee',
            className: 'statistics-chart__milwaukee',
            value: (i) => (table as ReportTable).rows[i]?.milwaukee ?? null,
          },
          {
            name: 'Balance of State',
            className: 'statistics-chart__balance',
            value: (i) => (table as ReportTable).rows[i]?.balanceOfState ?? null,
          },
        ];
  const counts = table.rows.flatMap((_, i) => series.map((s) => s.value(i) ?? 0));
  const max = Math.max(1, ...counts);
  const plot = WIDTH - LABEL - 56;
  const row = BAR * series.length + GAP * (series.length - 1) + 12;
  const height = TOP + table.rows.length * row + 4;
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
        >{`Bar chart of table ${table.number}, ${series.map((s) => s.name).join(' and ')} for each row; the numbers are in table ${table.number} above.`}</title>
        {series.map((s, n) => (
          <g key={s.name}>
            <rect className={s.className} x={LABEL + n * 110} y={4} width={12} height={12} />
            <text className="statistics-chart__legend" x={LABEL + n * 110 + 18} y={14}>
              {s.name}
            </text>
          </g>
        ))}
        {table.rows.map((r, i) => {
          const y = TOP + i * row;
          return (
            <g key={r.key}>
              <text className="statistics-chart__label" x={LABEL - 8} y={y + BAR + 2} textAnchor="end">
                {wrap(rowLabel(table, r.label)).map((line, n, lines) => (
                  <tspan key={line} x={LABEL - 8} dy={n === 0 ? (lines.length - 1) * -7 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
              {series.map((s, n) => (
                <g key={s.name}>{bar(s.value(i), y + n * (BAR + GAP), s.className)}</g>
              ))}
            </g>
          );
        })}
        <line className="statistics-chart__axis" x1={LABEL} x2={LABEL} y1={TOP - 4} y2={height - 2} />
      </svg>
    </figure>
  );
}
