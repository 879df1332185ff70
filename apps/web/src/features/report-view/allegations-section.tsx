import type { AccessReport, ReportAllegation } from '@cps/domain';
import { useEffect, useRef, useState } from 'react';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { FindingForm } from '../screening/finding-form';
import {
  descriptorLabel,
  findingLabel,
  indicatorLabel,
  maltreatmentTypeLabel,
  personName,
  relationshipLabel,
  yesNoUnknownLabel,
} from '../screening/labels';

type AllegationsSectionProps = {
  report: AccessReport;
  onFindingSaved: (allegation: ReportAllegation) => void;
};

/** Each allegation with its child, alleged maltreaters and finding; findings are recorded here once screened in. */
export function AllegationsSection({ report, onFindingSaved }: AllegationsSectionProps) {
  const person = (key: string | null | undefined) => report.persons.find((p) => p.key === key);
  return (
    <>
      {report.allegations.length === 0 && <p>No allegations recorded.</p>}
      {report.allegations.map((allegation) => {
        const maltreaters = allegation.maltreaterKeys.map((key) => personName(person(key)));
        const title = `${personName(person(allegation.childKey))}: ${allegationWords(allegation)}`;
        return (
          <div
            key={allegation.key}
            className="report-print-block border-1px border-base-lighter radius-md padding-2 margin-bottom-3"
          >
            <h3 className="margin-top-0">{title}</h3>
            <dl className="margin-0">
              <dt className="text-bold">Alleged maltreaters</dt>
              <dd className="margin-left-0 margin-bottom-1">
                {maltreaters.length ? maltreaters.join(', ') : 'Unknown'}
              </dd>
              <dt className="text-bold">Relationship to the child</dt>
              <dd className="margin-left-0 margin-bottom-1">{relationshipLabel(allegation.maltreaterRelationship)}</dd>
              <dt className="text-bold">Finding</dt>
              <dd className="margin-left-0">
                <FindingText allegation={allegation} />
              </dd>
            </dl>
            {report.status === 'SCREENED_IN' && (
              <FindingEditor
                report={report}
                allegation={allegation}
                title={title}
                maltreaters={maltreaters}
                onSaved={onFindingSaved}
              />
            )}
          </div>
        );
      })}
      <h3>Trafficking indicators</h3>
      {report.indicators.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="usa-list">
          {report.indicators.map((i) => (
            <li key={`${i.childKey}:${i.code}`}>
              {personName(person(i.childKey))}: {indicatorLabel(i.code)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "Sexual abuse, sex trafficking". */
export function allegationWords(allegation: ReportAllegation): string {
  const type = maltreatmentTypeLabel(allegation.maltreatmentType);
  const descriptors = allegation.descriptors.map((d) => descriptorLabel(d).toLowerCase());
  return [type, ...descriptors].join(', ');
}

function FindingText({ allegation }: { allegation: ReportAllegation }) {
  const f = allegation.finding;
  if (!f) return <>Not recorded yet</>;
  return (
    <>
      <strong>{findingLabel(f.finding)}</strong>. Alleged maltreater interviewed:{' '}
      {f.maltreaterInterviewed ? 'yes' : 'no'}. Parental involvement:{' '}
      {f.parentalInvolvement ? yesNoUnknownLabel(f.parentalInvolvement).toLowerCase() : 'not recorded'}.
      <span className="display-block text-pre-wrap margin-top-05">{f.rationale}</span>
      {f.recordedAt && (
        <span className="display-block text-base-dark margin-top-05">
          Recorded by {f.recordedBy?.name ?? 'unknown'},{' '}
          <time dateTime={f.recordedAt}>{formatChicagoDateTime(f.recordedAt)}</time>
        </span>
      )}
    </>
  );
}

type FindingEditorProps = {
  report: AccessReport;
  allegation: ReportAllegation;
  title: string;
  maltreaters: string[];
  onSaved: (allegation: ReportAllegation) => void;
};

function FindingEditor({ report, allegation, title, maltreaters, onSaved }: FindingEditorProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedMessage = useRef<HTMLParagraphElement>(null);
  const open = !allegation.finding || editing;
  useEffect(() => {
    if (saved && !open) savedMessage.current?.focus(); // the form is gone; keep the focus near it
  }, [saved, open]);
  return (
    <>
      <div role="status">
        {saved && !open && (
          <p className="text-bold" tabIndex={-1} ref={savedMessage}>
            Finding saved.
          </p>
        )}
      </div>
      {open ? (
        <FindingForm
          report={report}
          allegation={allegation}
          maltreaterNames={maltreaters}
          onCancel={allegation.finding ? () => setEditing(false) : undefined}
          title={title}
          onSaved={(updated) => {
            setEditing(false);
            setSaved(true);
            onSaved(updated);
          }}
        />
      ) : (
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Change the finding
        </button>
      )}
    </>
  );
}
