import type { ReportSummary } from '@cps/domain';
import { Link } from 'react-router-dom';
import { assignedToText } from '../handover/assigned-to';
import { ClockCountdown } from './clock-countdown';
import { childrenNames, decisionLabel, responseTimeLabel } from './labels';
import { ReceivedCell } from './received-cell';
import { MustScreenInTag, PresentDangerTag } from './report-tags';

type QueueTableProps = { reports: readonly ReportSummary[]; now: Date };

/** Reports waiting for the supervisor's decision, in the order given (most urgent first). */
export function QueueTable({ reports, now }: QueueTableProps) {
  // The tribal clock runs only for a child recorded as an Indian child: a column only when one does.
  const showTribe = reports.some((r) => r.computed.tribalNotificationStatus !== 'NOT_REQUIRED');
  return (
    <table className="usa-table usa-table--stacked width-full">
      <caption id="queue-caption">Reports waiting for your decision, most urgent first</caption>
      <thead>
        <tr>
          <th scope="col">Children</th>
          <th scope="col">Report number</th>
          <th scope="col">Taken by</th>
          <th scope="col">Assigned to</th>
          <th scope="col">Received</th>
          <th scope="col">LE-12H referral to law enforcement</th>
          {showTribe && <th scope="col">TRIBE-24H notice to the tribe</th>}
          <th scope="col">Response time required</th>
          <th scope="col">Worker's recommendation</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <th scope="row" data-label="Children">
              <Link className="usa-link display-block margin-bottom-05" to={`/reports/${report.id}`}>
                {childrenNames(report.children)}
              </Link>
              {report.computed.mustScreenIn && <MustScreenInTag />}
              {report.presentDangerThreat && <PresentDangerTag />}
            </th>
            <td data-label="Report number" className="text-no-wrap">
              {report.reportNumber}
            </td>
            <td data-label="Taken by">{report.createdBy?.name ?? 'Not known'}</td>
            <td data-label="Assigned to">{assignedToText(report)}</td>
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
            {showTribe && (
              <td data-label="TRIBE-24H notice to the tribe">
                <ClockCountdown
                  dueAt={report.computed.tribalNotificationDueAt}
                  status={report.computed.tribalNotificationStatus}
                  now={now}
                  short
                />
              </td>
            )}
            <td data-label="Response time required">
              {report.computed.responseTimeRequired
                ? `${responseTimeLabel(report.computed.responseTimeRequired)} (present danger)`
                : 'No requirement'}
            </td>
            <td data-label="Worker's recommendation">{recommendationText(report.recommendation)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function recommendationText(recommendation: ReportSummary['recommendation']): string {
  if (!recommendation?.decision) return 'None recorded';
  if (recommendation.decision === 'SCREEN_IN' && recommendation.responseTime) {
    return `${decisionLabel(recommendation.decision)}, response ${responseTimeLabel(recommendation.responseTime).toLowerCase()}`;
  }
  return decisionLabel(recommendation.decision);
}
