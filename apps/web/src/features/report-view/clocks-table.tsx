import type { AccessReport } from '@cps/domain';
import { formatCalendarDate, formatChicagoDateTime } from '../../ui/chicago-time';
import { ClockCountdown } from '../screening/clock-countdown';
import { responseStatusText } from '../screening/clock-text';

type ClocksTableProps = { report: AccessReport; now: Date };

/** The clocks of docs/domain.md, with due times in Chicago time and statuses in words. */
export function ClocksTable({ report, now }: ClocksTableProps) {
  const c = report.computed;
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless width-full">
      <caption className="usa-sr-only">Clocks of this report</caption>
      <thead>
        <tr>
          <th scope="col">Clock</th>
          <th scope="col">Due (Chicago time)</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" data-label="Clock">
            <span className="display-block text-bold">LE-12H</span>
            <span className="text-normal">Referral to law enforcement within 12 business hours</span>
          </th>
          <td data-label="Due (Chicago time)">
            {c.lawEnforcementDueAt ? <Instant iso={c.lawEnforcementDueAt} /> : 'None'}
          </td>
          <td data-label="Status">
            <ClockCountdown
              dueAt={c.lawEnforcementDueAt}
              status={c.lawEnforcementStatus}
              now={now}
              hideDue
              statusWord
            />
          </td>
        </tr>
        <tr>
          <th scope="row" data-label="Clock">
            <span className="display-block text-bold">TRIBE-24H</span>
            <span className="text-normal">Notice to an Indian child's tribe within 24 hours</span>
          </th>
          <td data-label="Due (Chicago time)">
            {c.tribalNotificationDueAt ? <Instant iso={c.tribalNotificationDueAt} /> : 'None'}
          </td>
          <td data-label="Status">
            <ClockCountdown
              dueAt={c.tribalNotificationDueAt}
              status={c.tribalNotificationStatus}
              now={now}
              hideDue
              statusWord
            />
          </td>
        </tr>
        <tr>
          <th scope="row" data-label="Clock">
            <span className="display-block text-bold">RESPONSE-TIME</span>
            <span className="text-normal">First face-to-face contact with the child, as decided at screening</span>
          </th>
          <td data-label="Due (Chicago time)">{c.responseDueAt ? <Instant iso={c.responseDueAt} /> : 'None'}</td>
          <td data-label="Status">
            {c.responseStatus === 'NOT_REQUIRED' ? (
              report.status === 'SCREENED_OUT' ? (
                'Not required: screened out'
              ) : (
                'Starts when the report is screened in'
              )
            ) : (
              <ClockCountdown
                dueAt={c.responseDueAt}
                status={c.responseStatus}
                now={now}
                hideDue
                statusWord
                words={responseStatusText}
              />
            )}
          </td>
        </tr>
        <tr>
          <th scope="row" data-label="Clock">
            <span className="display-block text-bold">IA-60D</span>
            <span className="text-normal">Initial assessment within 60 days</span>
          </th>
          <td data-label="Due (Chicago time)">
            {c.initialAssessmentDueOn
              ? formatCalendarDate(c.initialAssessmentDueOn)
              : 'When the received time is recorded'}
          </td>
          <td data-label="Status">{initialAssessmentText(report)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Instant({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatChicagoDateTime(iso)}</time>;
}

function initialAssessmentText(report: AccessReport) {
  if (report.computed.initialAssessmentOverdue) {
    return <strong className="text-secondary-dark">Overdue: findings missing</strong>;
  }
  const total = report.allegations.length;
  const found = report.allegations.filter((a) => a.finding).length;
  switch (report.status) {
    case 'SCREENED_IN':
      return found === total ? 'All findings recorded' : `Open: ${found} of ${total} findings recorded`;
    case 'SCREENED_OUT':
      return 'Not required: screened out';
    default:
      return 'Starts when the report is screened in';
  }
}
