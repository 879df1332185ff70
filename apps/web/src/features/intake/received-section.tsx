import { useEffect, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { chicagoWallTimeToIso, isoToChicagoParts, nowToTheMinute } from '../../ui/chicago-time';
import { fieldId } from './field-paths';
import { GroupShell } from './fields/field-shell';
import type { IntakeValues } from './intake-form.schema';
import { SectionHeading } from './section-heading';

/** Date and time received, typed in Chicago time and kept as a UTC instant. */
function ReceivedAtFields() {
  const { control } = useFormContext<IntakeValues>();
  const { field } = useController({ control, name: 'receivedAt' });
  const [parts, setParts] = useState(() => isoToChicagoParts(field.value));

  // A reset (e.g. "Use theirs") replaces the instant: show it, unless it is what we typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new instant from the form resets the fields; the typing itself must not
  useEffect(() => {
    if (chicagoWallTimeToIso(parts.date, parts.time) !== (field.value ?? null))
      setParts(isoToChicagoParts(field.value));
  }, [field.value]);

  const change = (next: { date: string; time: string }) => {
    setParts(next);
    field.onChange(chicagoWallTimeToIso(next.date, next.time));
  };
  const id = fieldId('receivedAt');
  return (
    <GroupShell
      anchor="receivedAt"
      legend="Date and time received"
      hint="Chicago time. Defaults to when you opened this report."
    >
      {({ firstId, describedBy, invalid }) => (
        <div className="intake-row">
          <div>
            <label className="usa-label" htmlFor={firstId}>
              Date
            </label>
            <input
              className={`usa-input intake-input--date${invalid ? ' usa-input--error' : ''}`}
              type="date"
              id={firstId}
              value={parts.date}
              aria-describedby={describedBy}
              onChange={(e) => change({ ...parts, date: e.target.value })}
              onBlur={field.onBlur}
            />
          </div>
          <div>
            <label className="usa-label" htmlFor={`${id}-time`}>
              Time
            </label>
            <input
              className={`usa-input intake-input--time${invalid ? ' usa-input--error' : ''}`}
              type="time"
              id={`${id}-time`}
              value={parts.time}
              aria-describedby={describedBy}
              onChange={(e) => change({ ...parts, time: e.target.value })}
              onBlur={field.onBlur}
            />
          </div>
          <div className="intake-row__action">
            <button
              type="button"
              className="usa-button usa-button--unstyled"
              onClick={() => change(isoToChicagoParts(nowToTheMinute()))}
            >
              Set to now
            </button>
          </div>
        </div>
      )}
    </GroupShell>
  );
}

export function ReceivedSection({ countyName }: { countyName: string }) {
  return (
    <section className="intake-section" aria-labelledby="section-received-heading" id="section-received">
      <SectionHeading id="received">Received</SectionHeading>
      <ReceivedAtFields />
      <p className="margin-top-2 margin-bottom-0">
        <span className="text-bold">County:</span> {countyName}
      </p>
      <p className="usa-hint margin-top-05">Reports are taken in your own county.</p>
    </section>
  );
}
