import type { AccessReport, County } from '@cps/domain';
import { type ReactNode, useEffect, useState } from 'react';
import { useApiResource } from '../../api/use-api-resource';
import { formatChicago } from '../../ui/chicago-time';
import { COUNTIES_PATH } from '../reference/counties.api';
import { statusLabel } from '../screening/labels';
import { recordPrinted } from './report-print.api';
import './report-print.css';

/**
 * The head of the printed Access report (CFS-2090-like): number, county, received, who took it,
 * who has it, the supervisor who decided, status, and when it was printed. Shown only in print;
 * the page's own sections follow it. A new fact of the report's head is one more <Fact> here.
 */
export function ReportPrintHeader({ report }: { report: AccessReport }) {
  const counties = useApiResource<County[]>(COUNTIES_PATH);
  const printedAt = usePrintedAt();
  const county = counties.status === 'success' ? counties.data.find((c) => c.code === report.countyCode) : undefined;
  const holder = report.status === 'SCREENED_IN' ? report.initialAssessmentWorker : report.assignedTo;
  return (
    <div className="report-print-only report-print-header" data-testid="report-print-header">
      <p className="report-print-title text-bold margin-0">Child Protective Services — Access Report</p>
      <dl>
        <Fact term="Report number">{report.reportNumber}</Fact>
        <Fact term="County">{county ? `${county.name} County` : `County ${report.countyCode}`}</Fact>
        <Fact term="Received (Chicago time)">{formatChicago(report.receivedAt) || 'Not recorded'}</Fact>
        <Fact term="Taken by">{report.createdBy?.name ?? 'Unknown'}</Fact>
        <Fact term={report.status === 'SCREENED_IN' ? 'Initial assessment worker' : 'Assigned to'}>
          {holder?.name ?? (report.status === 'SCREENED_IN' ? 'Not assigned yet' : 'Nobody')}
        </Fact>
        <Fact term="Supervisor who decided">{report.screening.decision?.decidedBy?.name ?? 'Not decided yet'}</Fact>
        <Fact term="Status">{statusLabel(report.status)}</Fact>
        <Fact term="Printed">{formatChicago(printedAt)}</Fact>
      </dl>
    </div>
  );
}

/** When the page is printed: the time it opened, then the time of each print. */
function usePrintedAt(): string {
  const [at, setAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const update = () => setAt(new Date().toISOString());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return at;
}

/**
 * While the report page is open, its print layout applies (report-print.css), and each print of a
 * loaded report (`printedId`; null while it loads) is put on its trail when the browser is about to
 * print, from "Print report" or the browser's own Print. A failed record never stops the print.
 */
export function usePrintLayout(printedId: string | null): void {
  useEffect(() => {
    document.body.classList.add('report-print');
    return () => document.body.classList.remove('report-print');
  }, []);
  useEffect(() => {
    if (!printedId) return;
    const record = () => void recordPrinted(printedId).catch(() => undefined);
    window.addEventListener('beforeprint', record);
    return () => window.removeEventListener('beforeprint', record);
  }, [printedId]);
}

/** "Print report": the browser's print dialog, with the print layout above. */
export function PrintReportButton() {
  return (
    <button type="button" className="usa-button usa-button--outline" onClick={() => window.print()}>
      Print report
    </button>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
