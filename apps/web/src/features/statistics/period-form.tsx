import {
  addDays,
  DCF_REPORT_PERIOD,
  formatPeriod,
  type Period,
  statisticsPeriodSchema,
  todayInChicago,
} from '@cps/domain';
import { type FormEvent, useId, useState } from 'react';

type PeriodFormProps = { period: Period; suppress: boolean; onChange: (period: Period, suppress: boolean) => void };

/** Presets: the DCF report's own period first, then calendar periods in Chicago time. */
function presets(now: Date): { label: string; period: Period }[] {
  const today = todayInChicago(now);
  const year = Number(today.slice(0, 4));
  return [
    { label: `DCF report period (${formatPeriod(DCF_REPORT_PERIOD)})`, period: DCF_REPORT_PERIOD },
    { label: `Last year (${year - 1})`, period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` } },
    { label: `This year to date (${year})`, period: { from: `${year}-01-01`, to: today } },
    { label: 'Last 12 months', period: { from: addDays(today, -364), to: today } },
  ];
}

/** The period (Chicago dates, both included) and the public-release switch. Checked with the API's own schema. */
export function PeriodForm({ period, suppress, onChange }: PeriodFormProps) {
  const id = useId();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [publicRelease, setPublicRelease] = useState(suppress);
  const [errors, setErrors] = useState<Partial<Record<'from' | 'to', string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = statisticsPeriodSchema.safeParse({ from, to });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    onChange(parsed.data, publicRelease);
  };

  const field = (name: 'from' | 'to', label: string, value: string, set: (v: string) => void) => (
    <div className={`usa-form-group margin-right-3${errors[name] ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {errors[name] ? (
        <span className="usa-error-message" id={`${id}-${name}-error`}>
          {label}: {errors[name]}
        </span>
      ) : null}
      <input
        className={`usa-input${errors[name] ? ' usa-input--error' : ''}`}
        id={`${id}-${name}`}
        name={name}
        type="date"
        value={value}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );

  return (
    <form className="statistics-no-print" onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <h2 id={`${id}-legend`} className="margin-bottom-1">
        Period
      </h2>
      <p className="margin-top-0">
        Reports received from the first date to the last, both included, by the date in Wisconsin (Central time).
      </p>
      <ul className="usa-button-group margin-bottom-2" aria-label="Preset periods">
        {presets(new Date()).map((p) => (
          <li className="usa-button-group__item" key={p.label}>
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => {
                setFrom(p.period.from);
                setTo(p.period.to);
                setErrors({});
                onChange(p.period, publicRelease);
              }}
            >
              {p.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="display-flex flex-wrap flex-align-end">
        {field('from', 'First day', from, setFrom)}
        {field('to', 'Last day', to, setTo)}
        <div className="usa-checkbox margin-right-3 margin-top-3">
          <input
            className="usa-checkbox__input"
            id={`${id}-suppress`}
            type="checkbox"
            checked={publicRelease}
            onChange={(e) => setPublicRelease(e.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor={`${id}-suppress`}>
            Public release (hide counts from 1 to 4)
          </label>
        </div>
        <button type="submit" className="usa-button margin-top-3">
          Show statistics
        </button>
      </div>
    </form>
  );
}
