import type { ReactNode } from 'react';
import { fieldId } from '../field-paths';
import { useMessagesAt } from '../intake-context';
import { type A11yProps, describedBy, FieldMessages } from './field-messages';

type FieldShellProps = {
  anchor: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: (a11y: A11yProps & { invalid: boolean }) => ReactNode;
};

/** A labelled USWDS form group whose control gets the anchor's id and messages. */
export function FieldShell({ anchor, label, hint, className, children }: FieldShellProps) {
  const messages = useMessagesAt(anchor);
  const id = fieldId(anchor);
  const invalid = messages.length > 0;
  const hintId = hint ? `${id}-hint` : null;
  return (
    <div className={`usa-form-group${invalid ? ' usa-form-group--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className={`usa-label${invalid ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hintId !== null && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      <FieldMessages id={`${id}-messages`} messages={messages} />
      {children({
        id,
        'aria-describedby': describedBy(hintId, `${id}-messages`, invalid),
        'aria-invalid': invalid ? true : undefined,
        invalid,
      })}
    </div>
  );
}

type GroupShellProps = {
  anchor: string;
  legend: ReactNode;
  hint?: ReactNode;
  className?: string;
  legendClassName?: string;
  children: (a11y: { firstId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** A fieldset with a legend for radios and checkboxes; the first control takes the anchor's id. */
export function GroupShell({ anchor, legend, hint, className, legendClassName, children }: GroupShellProps) {
  const messages = useMessagesAt(anchor);
  const id = fieldId(anchor);
  const invalid = messages.length > 0;
  const hintId = hint ? `${id}-hint` : null;
  return (
    <fieldset
      className={`usa-fieldset usa-form-group${invalid ? ' usa-form-group--error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(hintId, `${id}-messages`, invalid)}
    >
      <legend className={legendClassName ?? 'usa-legend'}>{legend}</legend>
      {hintId !== null && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      <FieldMessages id={`${id}-messages`} messages={messages} />
      {children({ firstId: id, describedBy: describedBy(hintId, `${id}-messages`, invalid), invalid })}
    </fieldset>
  );
}
