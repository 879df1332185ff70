import type { AccessReport } from '@cps/domain';
import { Link } from 'react-router-dom';
import { statusLabel } from '../screening/labels';
import { receivedWords } from './open-reports';

/** On a duplicate: "Duplicate of 2026-079-00042", a link to the original, where it is read and counted. */
export function DuplicateOfNotice({ report }: { report: AccessReport }) {
  if (!report.duplicateOf) return null;
  const { id, reportNumber } = report.duplicateOf;
  return (
    <p className="margin-y-05" data-testid="duplicate-of">
      Duplicate of{' '}
      <Link className="usa-link text-bold text-no-wrap" to={`/reports/${encodeURIComponent(id)}`}>
        report {reportNumber}
      </Link>
      {report.status === 'AWAITING_SUPERVISOR' ? ' (as recommended; the supervisor decides)' : ''}
    </p>
  );
}

/**
 * On an original: each later report screened out as its duplicate (or recommended so, awaiting a
 * decision), with what that caller said, so it is read with this report.
 */
export function DuplicateReportsSection({ report }: { report: AccessReport }) {
  if (report.duplicates.length === 0) return null;
  return (
    <section className="margin-top-5" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" className="border-bottom-1px border-base-lighter padding-bottom-1">
        Duplicate reports
      </h2>
      <p className="usa-hint">
        Later calls about the same child and events. They are screened out and read here; the child is counted once,
        with this report.
      </p>
      <ul className="usa-list usa-list--unstyled">
        {report.duplicates.map((d) => (
          <li key={d.id} className="padding-y-2 border-top-1px border-base-lighter">
            <h3 className="margin-0 font-sans-sm">
              <Link className="usa-link" to={`/reports/${encodeURIComponent(d.id)}`}>
                Report {d.reportNumber}
              </Link>
            </h3>
            <p className="margin-y-05">
              {receivedWords(d.receivedAt)} · {statusLabel(d.status)}
            </p>
            <h4 className="margin-bottom-05 font-sans-xs">What the second caller said</h4>
            <blockquote className="margin-x-0 margin-y-05 padding-left-2 border-left-05 border-base-light">
              {d.narrative?.trim() ? (
                <p className="margin-0 text-pre-wrap">{d.narrative}</p>
              ) : (
                <p className="margin-0 text-italic">No narrative recorded.</p>
              )}
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
