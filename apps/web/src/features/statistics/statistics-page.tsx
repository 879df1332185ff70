import {
  type CountyReportTable,
  DCF_REPORT_PERIOD,
  isCalendarDate,
  isCountyReport,
  type Period,
  type SexTraffickingResponse,
  type ReportTable as Table,
} from '@cps/domain';
import { useEffect } from 'react';
import { BarChart } from './bar-chart';
import { CountyTable, ReportTable } from './report-table';

// What the statistics page and the printable annual report share: the period in the address, the
// print class, and a table with its chart in either shape (statewide, or one county's column).

/** `?from=&to=&public=1`: a period only when both are dates in order, else the DCF report's period. */
export function periodOf(params: URLSearchParams): { period: Period; suppress: boolean } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = isCalendarDate(from) && isCalendarDate(to) && from <= to ? { from, to } : DCF_REPORT_PERIOD;
  return { period, suppress: params.get('public') === '1' };
}

/** The address of a statistics page for the period. */
export function periodSearch(period: Period, suppress: boolean): string {
  return `from=${period.from}&to=${period.to}${suppress ? '&public=1' : ''}`;
}

/** Print CSS hides the app's header, navigation and footer only while this page is shown. */
export function usePrintClass() {
  useEffect(() => {
    document.body.classList.add('statistics-print');
    return () => document.body.classList.remove('statistics-print');
  }, []);
}

/** The ten tables, statewide or one county's column (a supervisor's). */
export const tablesOf = (report: SexTraffickingResponse): (Table | CountyReportTable)[] =>
  isCountyReport(report) ? report.tables : report.tables;

/** A table and its chart (the table is the chart's text alternative); `place` names a county's column. */
export function TableWithChart({
  table,
  place,
  periodText,
}: {
  table: Table | CountyReportTable;
  place: string;
  periodText: string;
}) {
  return (
    <div className="statistics-block">
      {'county' in table.totals ? (
        <CountyTable table={table as CountyReportTable} countyName={place} periodText={periodText} />
      ) : (
        <ReportTable table={table as Table} periodText={periodText} />
      )}
      <BarChart table={table} countyName={place} />
    </div>
  );
}
