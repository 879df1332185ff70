import type { ReportSummary } from '@cps/domain';
import { Link } from 'react-router-dom';
import { formatCalendarDate } from '../../ui/chicago-time';
import { ClockCountdown } from './clock-countdown';
import { responseStatusText } from './clock-text';
import { childrenNames } from './labels';
import { ReceivedCell } from './received-cell';

type OpenClocksTableProps = { reports: readonly ReportSummary[]; now: Date };

/** Screened-in reports whose clocks still ask for something: a referral, a tribal notice, a first contact, findings. */
export function OpenClocksTable({ reports, now }: OpenClocksTableProps) {
  return (
    <table className="usa-table usa-table--stacked width-full">
      <caption id="open-clocks-caption">Screened-in reports with clocks still open, most urgent first</caption>
      <thead>
        <tr>
          <th scope="col">Children</th>
          <th scope="col">Report number</th>
          <th scope="col">Received</th>
          <th scope="col">LE-12H referral to law enforcement</th>
          <th scope="col">TRIBE-24H notice to the tribe</th>
          <th scope="col">RESPONSE-TIME first contact with the child</th>
          <th scope="col">IA-60D initial assessment</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <th scope="row" data-label="Children">
              <Link className="usa-link" to={`/reports/${report.id}`}>
                {childrenNames(report.children)}
              </Link>
            </th>
            <td data-label="Report number" className="text-no-wrap">
              {report.reportNumber}
            </td>
            <td data-label="Received">
              <ReceivedCell receivedAt={report.receivedAt} now={now} />
            </td>
            <td data-label="LE-12H referral to law enforcement">
              <ClockCountdown
                dueAt={report.computed.lawEnforcementDueAt}
                status={report.computed.lawEnforcementStatus}
                now={now}
                short
              />
            </td>
            <td data-label="TRIBE-24H notice to the tribe">
              <ClockCountdown
                dueAt={report.computed.tribalNotificationDueAt}
                status={report.computed.tribalNotificationStatus}
                now={now}
                short
              />
            </td>
            <td data-label="RESPONSE-TIME first contact with the child">
              <ClockCountdown
                dueAt={report.computed.responseDueAt}
                status={report.computed.responseStatus}
                now={now}
                short
                words={responseStatusText}
              />
            </td>
            <td data-label="IA-60D initial assessment">
              <InitialAssessment
                dueOn={report.computed.initialAssessmentDueOn}
                overdue={report.computed.initialAssessmentOverdue}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InitialAssessment({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) {
  if (!dueOn) return <span>No received date yet</span>;
  return (
    <>
      <span className="display-block">Due {formatCalendarDate(dueOn)}</span>
      {overdue ? <strong className="display-block text-secondary-dark">Overdue: findings missing</strong> : null}
    </>
  );
}
