import type { AccessReport } from '@cps/domain';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { formatChicago } from '../../ui/chicago-time';
import { usePageTitle } from '../../ui/use-page-title';

/** After submit: what happened, what comes next, and where to go. */
export function SubmittedPanel({ report }: { report: AccessReport }) {
  usePageTitle('Report submitted');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const due = report.computed?.lawEnforcementDueAt;
  return (
    <div className="usa-alert usa-alert--success" role="status">
      <div className="usa-alert__body">
        <h1 className="usa-alert__heading" tabIndex={-1} ref={heading}>
          Report submitted
        </h1>
        <p className="usa-alert__text">
          Report number <strong className="text-no-wrap">{report.reportNumber}</strong>. It is waiting for your
          supervisor's screening decision. You can no longer edit it.
        </p>
        {due && report.computed.lawEnforcementStatus === 'PENDING' && (
          <p className="usa-alert__text">
            Law enforcement referral due by <strong>{formatChicago(due)}</strong> (LE-12H).
          </p>
        )}
        {due && report.computed.lawEnforcementStatus === 'OVERDUE' && (
          <p className="usa-alert__text">
            <strong>The law enforcement referral is overdue</strong>: it was due by {formatChicago(due)} (LE-12H). Call
            law enforcement now and record the call on the report.
          </p>
        )}
        <ul className="usa-list margin-top-2">
          <li>
            <Link className="usa-link" to={`/reports/${report.id}`}>
              View the submitted report
            </Link>
          </li>
          <li>
            <Link className="usa-link" to="/reports/new">
              Start a new report
            </Link>
          </li>
          <li>
            <Link className="usa-link" to="/reports">
              My reports
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
