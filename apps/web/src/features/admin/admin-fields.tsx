import type { ComponentPropsWithRef, ReactNode } from 'react';

type FieldProps = { id: string; label: string; hint?: string; error?: string };

/** Label, hint and error of one USWDS form group; the control is tied to both by aria-describedby. */
function FieldGroup({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type InputFieldProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'> & FieldProps;

export function InputField({ id, label, hint, error, ...inputProps }: InputFieldProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        {...inputProps}
        id={id}
        className={error ? 'usa-input usa-input--error' : 'usa-input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldGroup>
  );
}

type SelectFieldProps = Omit<ComponentPropsWithRef<'select'>, 'id' | 'className'> & FieldProps;

export function SelectField({ id, label, hint, error, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select
        {...selectProps}
        id={id}
        className={error ? 'usa-select usa-input--error' : 'usa-select'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {children}
      </select>
    </FieldGroup>
  );
}

type FormActionsProps = { submitting: boolean; label: string; busyLabel: string; onCancel: () => void };

/** A form's submit button (busy while it sends) and its Cancel. */
export function FormActions({ submitting, label, busyLabel, onCancel }: FormActionsProps) {
  return (
    <ul className="usa-button-group margin-top-3">
      <li className="usa-button-group__item">
        <button type="submit" className="usa-button" disabled={submitting}>
          {submitting ? busyLabel : label}
        </button>
      </li>
      <li className="usa-button-group__item">
        <button type="button" className="usa-button usa-button--unstyled padding-105 text-center" onClick={onCancel}>
          Cancel
        </button>
      </li>
    </ul>
  );
}
