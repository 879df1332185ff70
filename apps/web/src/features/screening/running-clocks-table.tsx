import type { ClockStatus, ReportSummary } from '@cps/domain';
import { Link } from 'react-router-dom';
import { assignedToText } from '../handover/assigned-to';
import { ClockCountdown } from './clock-countdown';
import { clockStatusText, isOpen, liveStatus, responseStatusText } from './clock-text';
import { childrenNames, statusLabel } from './labels';
import { MustScreenInTag, PresentDangerTag } from './report-tags';

type RunningClocksTableProps = { reports: readonly ReportSummary[]; now: Date };

type Clock = {
  name: string;
  dueAt: string | null;
  status: ClockStatus;
  due: string;
  words: (status: ClockStatus) => string;
};

/** The report's LE-12H, TRIBE-24H and RESPONSE-TIME clocks that apply. */
function clocksOf(report: ReportSummary): Clock[] {
  const c = report.computed;
  const all: Clock[] = [
    {
      name: 'LE-12H referral to law enforcement',
      dueAt: c.lawEnforcementDueAt,
      status: c.lawEnforcementStatus,
      due: '12 business hours after receipt',
      words: clockStatusText,
    },
    {
      name: 'TRIBE-24H notice to the tribe',
      dueAt: c.tribalNotificationDueAt,
      status: c.tribalNotificationStatus,
      due: '24 hours after receipt',
      words: clockStatusText,
    },
    {
      name: 'RESPONSE-TIME first contact with the child',
      dueAt: c.responseDueAt,
      status: c.responseStatus,
      due: 'as decided at screening',
      words: responseStatusText,
    },
  ];
  return all.filter((clock) => clock.status !== 'NOT_REQUIRED');
}

/** Every report of the county with a running clock, drafts included, in the order served (most urgent first). */
export function RunningClocksTable({ reports, now }: RunningClocksTableProps) {
  return (
    <table className="usa-table usa-table--stacked width-full">
      <caption>Reports with a running clock, most urgent first</caption>
      <thead>
        <tr>
          <th scope="col">Report number</th>
          <th scope="col">Children</th>
          <th scope="col">Taken by</th>
          <th scope="col">Assigned to</th>
          <th scope="col">Status</th>
          <th scope="col">Clocks</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td data-label="Report number" className="text-no-wrap">
              {report.reportNumber}
            </td>
            <th scope="row" data-label="Children">
              <Link className="usa-link display-block margin-bottom-05" to={`/reports/${report.id}`}>
                {childrenNames(report.children)}
              </Link>
              {report.computed.mustScreenIn && <MustScreenInTag />}
              {report.presentDangerThreat && <PresentDangerTag />}
            </th>
            <td data-label="Taken by">{report.createdBy?.name ?? 'Not known'}</td>
            <td data-label="Assigned to">{assignedToText(report)}</td>
            <td data-label="Status">{statusLabel(report.status)}</td>
            <td data-label="Clocks">
              <ul className="usa-list usa-list--unstyled">
                {clocksOf(report).map((clock) => (
                  <li key={clock.name} className="margin-bottom-1">
                    <span className="display-block text-bold">{clock.name}</span>
                    {clock.dueAt === null && isOpen(liveStatus(clock.status, null, now)) ? (
                      <span className="display-block">
                        Pending: due {clock.due}; the received time is not entered yet
                      </span>
                    ) : (
                      <ClockCountdown
                        dueAt={clock.dueAt}
                        status={clock.status}
                        now={now}
                        short
                        statusWord
                        words={clock.words}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
