import type { Violation } from '@cps/domain';
import type { ComponentPropsWithRef, ReactNode } from 'react';

// Small USWDS form pieces shared by the decision, notification and finding forms.

type FieldsetProps = {
  id: string;
  legend: string;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Errors that appear while the person chooses are announced at once. */
  announce?: boolean;
  children: ReactNode;
};

/** A fieldset with its legend, a hint and its errors, all tied to the group for screen readers. */
export function ChoiceFieldset({ id, legend, hint, errors = [], announce = false, children }: FieldsetProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={errors.length ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy || undefined}>
        <legend className={errors.length ? 'usa-legend usa-label--error' : 'usa-legend'}>{legend}</legend>
        {hint && (
          <div className="usa-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <FieldErrors id={`${id}-error`} errors={errors} announce={announce} />
        {children}
      </fieldset>
    </div>
  );
}

export function FieldErrors({
  id,
  errors,
  announce = false,
}: {
  id: string;
  errors: readonly string[];
  announce?: boolean;
}) {
  // The live region stays in the page so that a message appearing in it is announced.
  if (!announce && errors.length === 0) return null;
  return (
    <span className={errors.length ? 'usa-error-message' : undefined} id={id} role={announce ? 'alert' : undefined}>
      {errors.map((error) => (
        <span className="display-block" key={error}>
          {error}
        </span>
      ))}
    </span>
  );
}

type RadioProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'className'> & {
  id: string;
  label: string;
  tile?: boolean;
};

export function Radio({ id, label, tile = false, ...input }: RadioProps) {
  return (
    <div className="usa-radio">
      <input
        {...input}
        className={tile ? 'usa-radio__input usa-radio__input--tile' : 'usa-radio__input'}
        id={id}
        type="radio"
      />
      <label className="usa-radio__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/** "ST-SCREEN-IN: A report with …": a rule's id, then its message, as the API names it. */
export function ruleText(violation: { rule: Violation['rule'] | string; message: string }): string {
  return `${violation.rule}: ${violation.message}`;
}

type ControlProps = { id: string; className: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

type FormFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  control: 'usa-input' | 'usa-select' | 'usa-textarea';
  className?: string;
  /** Renders the input, select or textarea with the props that tie it to its label, hint and error. */
  children: (props: ControlProps) => ReactNode;
};

/** A labelled USWDS control with its hint and error message. */
export function FormField({ id, label, hint, error, control, className = '', children }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`${error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'} ${className}`.trim()}>
      <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldErrors id={`${id}-error`} errors={error ? [error] : []} />
      {children({
        id,
        className: error ? `${control} ${control}--error` : control,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}
