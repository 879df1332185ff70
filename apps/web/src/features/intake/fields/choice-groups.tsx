import type { ReactNode } from 'react';
import { type FieldPath, useController, useFormContext } from 'react-hook-form';
import type { IntakeValues } from '../intake-form.schema';
import { GroupShell } from './field-shell';
import { Checkbox, type Option } from './inputs';

type ArrayPath = Extract<FieldPath<IntakeValues>, `${string}.roles` | `${string}.maltreaterKeys`>;

/** Checkboxes over a list of codes (a person's roles, an allegation's alleged maltreaters). */
type CheckboxGroupProps = {
  name: ArrayPath;
  anchor: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Option[];
  empty?: ReactNode;
  inline?: boolean;
};

export function CheckboxGroup({ name, anchor, legend, hint, options, empty, inline }: CheckboxGroupProps) {
  const { control } = useFormContext<IntakeValues>();
  const { field } = useController({ control, name });
  const chosen = (field.value ?? []) as string[];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen.filter((c) => c !== code), code] : chosen.filter((c) => c !== code);
    // Keep the options' order, so the document does not change with the order of clicks.
    field.onChange(
      options
        .map((o) => o.code)
        .filter((c) => next.includes(c))
        .concat(next.filter((c) => !options.some((o) => o.code === c))),
    );
  };
  return (
    <GroupShell anchor={anchor} legend={legend} hint={hint}>
      {({ firstId }) => (
        <div className={inline ? 'intake-choices intake-choices--inline' : 'intake-choices'}>
          {options.length === 0 && empty}
          {options.map((o, i) => (
            <Checkbox
              key={o.code}
              id={i === 0 ? firstId : `${firstId}-${o.code}`}
              label={o.label}
              checked={chosen.includes(o.code)}
              onChange={(e) => toggle(o.code, e.target.checked)}
              onBlur={field.onBlur}
              name={field.name}
              value={o.code}
            />
          ))}
        </div>
      )}
    </GroupShell>
  );
}

type BooleanPath = Extract<
  FieldPath<IntakeValues>,
  | 'presentDangerThreat'
  | 'workerSafetyConcerns.present'
  | 'reporter.mandatedReporter'
  | `persons.${number}.currentLocation.known`
>;

/** Yes / No radios for a boolean that may still be unanswered (null). */
export function YesNoRadios({ name, legend, hint }: { name: BooleanPath; legend: ReactNode; hint?: ReactNode }) {
  const { control } = useFormContext<IntakeValues>();
  const { field } = useController({ control, name });
  const choices = [
    { value: true, label: 'Yes', suffix: 'yes' },
    { value: false, label: 'No', suffix: 'no' },
  ];
  return (
    <GroupShell anchor={name} legend={legend} hint={hint}>
      {({ firstId }) => (
        <div className="intake-choices intake-choices--inline">
          {choices.map((c, i) => {
            const id = i === 0 ? firstId : `${firstId}-${c.suffix}`;
            return (
              <div className="usa-radio" key={c.suffix}>
                <input
                  className="usa-radio__input"
                  type="radio"
                  id={id}
                  name={field.name}
                  checked={field.value === c.value}
                  onChange={() => field.onChange(c.value)}
                  onBlur={field.onBlur}
                />
                <label className="usa-radio__label" htmlFor={id}>
                  {c.label}
                </label>
              </div>
            );
          })}
        </div>
      )}
    </GroupShell>
  );
}
