import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../screening/form-fields';

type WhenFieldsProps = {
  id: string;
  /** "learned the child was missing": the legend reads "When the agency learned …". */
  legend: string;
  hint?: string;
  date: UseFormRegisterReturn;
  time: UseFormRegisterReturn;
  dateError?: FieldError;
  timeError?: FieldError;
  /** Words for a missing or malformed date ("the date learned"). */
  what: string;
};

const message = (error: FieldError | undefined, fallback: string) =>
  error && (error.type === 'custom' ? error.message : fallback);

/** A Chicago date and time, as two inputs (people type wall time; the API takes one instant). */
export function WhenFields({ id, legend, hint, date, time, dateError, timeError, what }: WhenFieldsProps) {
  return (
    <fieldset className="usa-fieldset margin-top-2" aria-describedby={`${id}-hint`}>
      <legend className="usa-legend text-bold">{legend}</legend>
      <span className="usa-hint" id={`${id}-hint`}>
        {hint ?? 'In Chicago time.'}
      </span>
      <div className="grid-row grid-gap">
        <FormField
          id={`${id}-date`}
          label="Date"
          error={message(dateError, `Enter ${what}: the date.`)}
          control="usa-input"
          className="tablet:grid-col-6"
        >
          {(props) => <input {...props} type="date" {...date} />}
        </FormField>
        <FormField
          id={`${id}-time`}
          label="Time"
          error={message(timeError, `Enter ${what}: the time, like 09:30.`)}
          control="usa-input"
          className="tablet:grid-col-6"
        >
          {(props) => <input {...props} type="time" {...time} />}
        </FormField>
      </div>
    </fieldset>
  );
}
