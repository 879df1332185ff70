import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../ui/use-page-title';
import type { HandedOver } from './draft-handover';

/** The intake page after the draft was handed on or discarded: what happened and where to go. */
export function HandedOverPanel({ result }: { result: HandedOver }) {
  const discarded = result.report.status === 'DISCARDED';
  usePageTitle(discarded ? 'Draft discarded' : 'Draft handed on');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="usa-alert usa-alert--success" role="status">
      <div className="usa-alert__body">
        <h1 className="usa-alert__heading" tabIndex={-1} ref={heading}>
          {discarded ? 'Draft discarded' : 'Draft handed on'}
        </h1>
        <p className="usa-alert__text">
          Report number <strong className="text-no-wrap">{result.report.reportNumber}</strong>. {result.message}
        </p>
        <ul className="usa-list margin-top-2">
          <li>
            <Link className="usa-link" to={`/reports/${result.report.id}`}>
              View the report
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
