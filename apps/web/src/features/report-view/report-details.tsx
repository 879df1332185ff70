import type { AccessReport } from '@cps/domain';
import type { ReactNode } from 'react';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { ageText } from '../screening/clock-text';
import { reporterTypeLabel } from '../screening/labels';

/** Facts of the intake: when, from whom, present danger, who recorded it, and the narrative. */
export function ReportDetails({ report, now }: { report: AccessReport; now: Date }) {
  const reporter = report.reporter;
  return (
    <>
      <dl className="grid-row grid-gap margin-0">
        <Fact term="Received">
          {report.receivedAt ? (
            <>
              <time dateTime={report.receivedAt}>{formatChicagoDateTime(report.receivedAt)}</time> (
              {ageText(report.receivedAt, now)})
            </>
          ) : (
            'Not recorded'
          )}
        </Fact>
        <Fact term="Reporter">
          {reporterTypeLabel(reporter?.type)}
          {reporter?.anonymous
            ? ', anonymous (gave no name)'
            : [reporter?.name, reporter?.phone]
                .filter(Boolean)
                .map((part) => `, ${part}`)
                .join('')}
        </Fact>
        <Fact term="Present danger threat">
          {report.presentDangerThreat == null ? 'Not recorded' : report.presentDangerThreat ? 'Yes' : 'No'}
        </Fact>
        <Fact term="Recorded by">
          {report.createdBy?.name ?? 'Unknown'}
          {report.submittedAt && (
            <>
              , submitted <time dateTime={report.submittedAt}>{formatChicagoDateTime(report.submittedAt)}</time>
            </>
          )}
        </Fact>
      </dl>
      <h3>Narrative</h3>
      <p className="text-pre-wrap measure-6 bg-base-lightest padding-2 radius-md">
        {report.narrative || 'No narrative recorded.'}
      </p>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid-col-12 tablet:grid-col-6 margin-bottom-2">
      <dt className="text-bold">{term}</dt>
      <dd className="margin-left-0">{children}</dd>
    </div>
  );
}
