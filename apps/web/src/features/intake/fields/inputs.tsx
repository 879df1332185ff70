import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell, GroupShell } from './field-shell';

// USWDS controls bound to react-hook-form with register (uncontrolled: typing re-renders nothing).

export type Option = { code: string; label: string };

/** For selects and radios: an empty choice is null in the document, not ''. */
export const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

type Common = {
  anchor: string;
  label: ReactNode;
  hint?: ReactNode;
  registration: UseFormRegisterReturn;
  className?: string;
};

export function TextInput({
  anchor,
  label,
  hint,
  registration,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'name'>) {
  return (
    <FieldShell anchor={anchor} label={label} hint={hint} className={className}>
      {({ invalid, ...a11y }) => (
        <input {...input} {...registration} {...a11y} className={`usa-input${invalid ? ' usa-input--error' : ''}`} />
      )}
    </FieldShell>
  );
}

type TextAreaProps = Common & { after?: ReactNode; alsoDescribedBy?: string } & Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    'id' | 'className' | 'name'
  >;

export function TextArea({
  anchor,
  label,
  hint,
  registration,
  className,
  after,
  alsoDescribedBy,
  ...area
}: TextAreaProps) {
  return (
    <FieldShell anchor={anchor} label={label} hint={hint} className={className}>
      {({ invalid, ...a11y }) => (
        <>
          <textarea
            {...area}
            {...registration}
            {...a11y}
            aria-describedby={[a11y['aria-describedby'], alsoDescribedBy].filter(Boolean).join(' ') || undefined}
            className={`usa-textarea${invalid ? ' usa-input--error' : ''}`}
          />
          {after}
        </>
      )}
    </FieldShell>
  );
}

export function SelectField({
  anchor,
  label,
  hint,
  registration,
  options,
  className,
  disabled,
}: Common & { options: readonly Option[]; disabled?: boolean }) {
  return (
    <FieldShell anchor={anchor} label={label} hint={hint} className={className}>
      {({ invalid, ...a11y }) => (
        <select
          {...registration}
          {...a11y}
          disabled={disabled}
          className={`usa-select${invalid ? ' usa-input--error' : ''}`}
        >
          <option value="">- Select -</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Radios in a fieldset; the first radio carries the anchor's id (error-summary links focus it). */
export function RadioGroup({
  anchor,
  label,
  hint,
  registration,
  options,
  className,
  tile,
}: Common & { options: readonly Option[]; tile?: boolean }) {
  return (
    <GroupShell anchor={anchor} legend={label} hint={hint} className={className}>
      {({ firstId, describedBy }) => (
        <div className="intake-choices">
          {options.map((o, i) => {
            const id = i === 0 ? firstId : `${firstId}-${o.code}`;
            return (
              <div className={`usa-radio${tile ? ' intake-choice' : ''}`} key={o.code}>
                <input
                  {...registration}
                  className="usa-radio__input"
                  type="radio"
                  id={id}
                  value={o.code}
                  aria-describedby={i === 0 ? describedBy : undefined}
                />
                <label className="usa-radio__label" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      )}
    </GroupShell>
  );
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & {
  id: string;
  label: ReactNode;
};

export function Checkbox({ id, label, ...input }: CheckboxProps) {
  return (
    <div className="usa-checkbox">
      <input {...input} className="usa-checkbox__input" type="checkbox" id={id} />
      <label className="usa-checkbox__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
