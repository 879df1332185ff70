import { type CountyReportTable, isCountyReport, type SexTraffickingResponse } from './county-report';
import type { ReportTable, SexTraffickingReport } from './sex-trafficking-report.schema';

// The CSV export: the summary (allegations, unique children, their substantiated counts and the
// rates), then one line per table row (its "Total" row included), RFC 4180 quoting, CRLF line ends.
// Statewide: Milwaukee, Balance of State and Total in Wisconsin columns; a supervisor's county: one
// column, the county.

/**
 * One CSV field. Text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe (OWASP's advice against CSV injection); numbers
 * we write ourselves are never negative and stay numbers. null is an empty field.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a number for CSV: ${value}`);
    return String(value);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}

export const REPORT_CSV_HEADER = [
  'From',
  'To',
  'Scope',
  'Table',
  'Title',
  'Row',
  'Milwaukee',
  'Balance of State',
  'Total in Wisconsin',
  'Percent of total',
  'Suppressed',
] as const;

/** The header of a supervisor's CSV: one count column, named after the county. */
export function countyCsvHeader(countyName: string | null): string[] {
  return [
    ...REPORT_CSV_HEADER.slice(0, 6),
    countyName ? `${countyName} County` : 'County',
    'Percent of total',
    'Suppressed',
  ];
}

type Counts = readonly (number | null)[];
type Line = {
  table: string | number;
  title: string;
  row: string;
  counts: Counts;
  percent: number | null;
  hidden: boolean;
};

const SUMMARY_ROWS = [
  ['allegations', 'Allegations'],
  ['uniqueChildren', 'Unique children'],
  ['substantiated', 'Substantiated allegations'],
  ['substantiatedUniqueChildren', 'Substantiated unique children'],
] as const;

const RATE_ROWS = [
  ['sexTrafficking', 'Substantiation rate, child sex trafficking allegations (percent)'],
  ['allAllegations', 'Substantiation rate, all allegations (percent)'],
  ['sexualAbuse', 'Substantiation rate, sexual abuse allegations (percent)'],
] as const;

function summaryLines(report: SexTraffickingResponse): Line[] {
  const county = isCountyReport(report);
  const blank: Counts = county ? [null] : [null, null, null];
  const counts = SUMMARY_ROWS.map(([key, label]): Line => {
    const c = report.summary[key];
    return {
      table: 'Summary',
      title: 'Summary',
      row: label,
      counts: 'county' in c ? [c.county] : [c.milwaukee, c.balanceOfState, c.total],
      percent: null,
      hidden: c.suppressed,
    };
  });
  const a = report.summary.allegations;
  const nothingCounted = ('county' in a ? a.county : a.total) === 0;
  const rates = RATE_ROWS.map(([key, label]): Line => {
    const r = report.summary.substantiationRate[key];
    return {
      table: 'Summary',
      title: 'Summary',
      row: label,
      counts: blank,
      percent: r === null ? null : r * 100,
      // Null in the public version when a count it derives from is hidden (with no allegation at all, nothing is).
      hidden: r === null && report.suppressed && nothingCounted !== true,
    };
  });
  return [...counts, ...rates];
}

function statewideTableLines(table: ReportTable): Line[] {
  const t = table.totals;
  return [
    ...table.rows.map((row) => ({
      table: table.number,
      title: table.title,
      row: row.label,
      counts: [row.milwaukee, row.balanceOfState, row.total],
      percent: row.percentOfTotal,
      hidden: row.suppressed,
    })),
    {
      table: table.number,
      title: table.title,
      row: 'Total',
      counts: [t.milwaukee, t.balanceOfState, t.total],
      percent: t.total === null ? null : t.total === 0 ? 0 : 100,
      hidden: t.suppressed,
    },
  ];
}

function countyTableLines(table: CountyReportTable): Line[] {
  const t = table.totals;
  return [
    ...table.rows.map((row) => ({
      table: table.number,
      title: table.title,
      row: row.label,
      counts: [row.county],
      percent: row.percentOfTotal,
      hidden: row.suppressed,
    })),
    {
      table: table.number,
      title: table.title,
      row: 'Total',
      counts: [t.county],
      percent: t.county === null ? null : t.county === 0 ? 0 : 100,
      hidden: t.suppressed,
    },
  ];
}

/** The report (statewide, or a supervisor's county) as a CSV document. */
export function sexTraffickingCsv(report: SexTraffickingResponse | SexTraffickingReport): string {
  const county = isCountyReport(report);
  const scope = report.scope.countyName ? `${report.scope.countyName} County` : 'Statewide';
  const header = county ? countyCsvHeader(report.scope.countyName) : REPORT_CSV_HEADER;
  const tables = county
    ? report.tables.flatMap(countyTableLines)
    : (report as SexTraffickingReport).tables.flatMap(statewideTableLines);
  const lines = [...summaryLines(report), ...tables].map((l) =>
    csvLine([
      report.period.from,
      report.period.to,
      scope,
      l.table,
      l.title,
      l.row,
      ...l.counts,
      l.percent,
      l.hidden ? 'yes' : 'no',
    ]),
  );
  return `${[csvLine(header), ...lines].join('\r\n')}\r\n`;
}

/** `child-sex-trafficking-2017-06-01-to-2018-08-31[-county-55025][-public].csv` */
export function sexTraffickingCsvFileName(
  report: Pick<SexTraffickingReport, 'period' | 'scope' | 'suppressed'>,
): string {
  const county = report.scope.countyCode ? `-county-${report.scope.countyCode}` : '';
  return `child-sex-trafficking-${report.period.from}-to-${report.period.to}${county}${report.suppressed ? '-public' : ''}.csv`;
}
