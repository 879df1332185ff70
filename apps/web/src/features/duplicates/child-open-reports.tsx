import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Loading } from '../../ui/loading';
import type { IntakeValues } from '../intake/intake-form.schema';
import { statusLabel } from '../screening/labels';
import { type OpenReport, receivedWords, rememberNumber, useOpenReports } from './open-reports';

export const DUPLICATE_NOTE_ID = 'duplicate-choice-note';

/**
 * At intake, under a linked child: "Open and screened-in reports of Maya Thompson", behind a
 * disclosure (the history read is audited), each with the button that marks this call a duplicate
 * of it (rule DUPLICATE-OF): screen out, reason DUPLICATE_REPORT, the original, a rationale to edit.
 */
export function ChildOpenReports({ personId, name }: { personId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="margin-top-1">
      <button
        type="button"
        className="usa-button usa-button--unstyled"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide' : 'Show'} open and screened-in reports of {name}
      </button>
      <section id={regionId} hidden={!open} aria-label={`Open and screened-in reports of ${name}`}>
        {open && <OpenReportList personId={personId} />}
      </section>
    </div>
  );
}

function OpenReportList({ personId }: { personId: string }) {
  const reports = useOpenReports([personId]);
  if (reports.status === 'loading') return <Loading label="Loading open reports…" />;
  if (reports.status === 'error') {
    return (
      <p className="usa-error-message" role="alert">
        Open reports could not be loaded: {reports.message}
      </p>
    );
  }
  if (reports.reports.length === 0) {
    return (
      <p className="margin-y-1">No report of this county about this child is awaiting a decision or screened in.</p>
    );
  }
  return (
    <ul className="usa-list usa-list--unstyled margin-y-1">
      {reports.reports.map((r) => (
        <OpenReportItem key={r.reportId} report={r} />
      ))}
    </ul>
  );
}

function OpenReportItem({ report }: { report: OpenReport }) {
  const { control, getValues, setValue } = useFormContext<IntakeValues>();
  const chosen = useWatch({ control, name: 'recommendation.duplicateOfReportId' });
  const markDuplicate = () => {
    rememberNumber(report.reportId, report.reportNumber);
    const options = { shouldDirty: true, shouldTouch: true } as const;
    setValue('recommendation.decision', 'SCREEN_OUT', options);
    setValue('recommendation.screenOutReason', 'DUPLICATE_REPORT', options);
    setValue('recommendation.responseTime', null, options);
    setValue('recommendation.duplicateOfReportId', report.reportId, options);
    if (!getValues('recommendation.rationale')?.trim()) {
      setValue(
        'recommendation.rationale',
        `This call is about the same child and the same events as report ${report.reportNumber}.`,
        options,
      );
    }
    // The recommendation now says so; the worker reads it there and may undo it.
    requestAnimationFrame(() => document.getElementById(DUPLICATE_NOTE_ID)?.focus());
  };
  return (
    <li className="padding-y-1 border-top-1px border-base-lighter">
      <p className="margin-0">
        Report <strong className="text-no-wrap">{report.reportNumber}</strong> · {receivedWords(report.receivedAt)} ·{' '}
        {statusLabel(report.status)}
      </p>
      {chosen === report.reportId ? (
        <p className="margin-0 text-bold">This call is marked as a duplicate of this report.</p>
      ) : (
        <button type="button" className="usa-button usa-button--outline margin-top-1" onClick={markDuplicate}>
          This call is about the same events: mark as duplicate of {report.reportNumber}
        </button>
      )}
    </li>
  );
}
