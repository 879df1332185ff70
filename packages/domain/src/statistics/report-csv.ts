import type { ReportTable, SexTraffickingReport } from './sex-trafficking-report.schema';

// The CSV export of the ten tables: one line per table row (its "Total" row included), RFC 4180
// quoting, CRLF line ends.

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

function tableLines(report: SexTraffickingReport, table: ReportTable, scope: string): string[] {
  const start = [report.period.from, report.period.to, scope, table.number, table.title];
  const rows = table.rows.map((row) =>
    csvLine([
      ...start,
      row.label,
      row.milwaukee,
      row.balanceOfState,
      row.total,
      row.percentOfTotal,
      row.suppressed ? 'yes' : 'no',
    ]),
  );
  const t = table.totals;
  const totalShare = t.total === null ? null : t.total === 0 ? 0 : 100;
  rows.push(
    csvLine([...start, 'Total', t.milwaukee, t.balanceOfState, t.total, totalShare, t.suppressed ? 'yes' : 'no']),
  );
  return rows;
}

/** The report's tables as a CSV document. */
export function sexTraffickingCsv(report: SexTraffickingReport): string {
  const scope = report.scope.countyName ? `${report.scope.countyName} County` : 'Statewide';
  const lines = [csvLine(REPORT_CSV_HEADER), ...report.tables.flatMap((t) => tableLines(report, t, scope))];
  return `${lines.join('\r\n')}\r\n`;
}

/** `child-sex-trafficking-2017-06-01-to-2018-08-31[-county-55025][-public].csv` */
export function sexTraffickingCsvFileName(
  report: Pick<SexTraffickingReport, 'period' | 'scope' | 'suppressed'>,
): string {
  const county = report.scope.countyCode ? `-county-${report.scope.countyCode}` : '';
  return `child-sex-trafficking-${report.period.from}-to-${report.period.to}${county}${report.suppressed ? '-public' : ''}.csv`;
}
