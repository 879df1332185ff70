import { dateOnlyValue, indicators as indicatorList, type ReturnScreening } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../ui/alert';
import { chicagoDateAndTime, chicagoInstant } from '../../ui/chicago-time';
import { FormField } from '../screening/form-fields';
import { TIME_PATTERN } from './form-issues';
import type { StepProps } from './step-forms';
import { useStep } from './use-step';
import { WhenFields } from './when-fields';

const schema = z.object({
  date: dateOnlyValue,
  time: z.string().regex(TIME_PATTERN),
  indicators: z.array(z.string()),
  notes: z.string().max(5000, 'must be at most 5000 characters'),
});
type Values = z.infer<typeof schema>;
const FUTURE_MARGIN_MS = 5 * 60_000;

/**
 * RETURN-SCREEN: the sex trafficking screen of a located child, the three indicators in words.
 * It closes the episode and, with any indicator, opens a new draft report: it cannot be undone,
 * so the button asks for a confirmation first, saying which of the two will happen.
 */
export function ReturnScreeningForm({ episode, onSaved, onStale }: StepProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { ...chicagoDateAndTime(new Date()), indicators: [], notes: '' },
  });
  const { serverError, send } = useStep<Values>(
    episode,
    onSaved,
    onStale,
    {
      'returnScreening.screenedAt': { field: 'time', words: 'The screening time' },
      'returnScreening.notes': { field: 'notes', words: 'The notes' },
    },
    'The return screening',
  );
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const chosen = watch('indicators');
  const e = formState.errors;

  const onAsk = handleSubmit((v) => {
    const at = chicagoInstant(v.date, v.time);
    if (!at || at.getTime() > Date.now() + FUTURE_MARGIN_MS) {
      return setError(
        'time',
        { type: 'custom', message: 'The screening time must be a real time, not in the future.' },
        { shouldFocus: true },
      );
    }
    setConfirming(true);
  });
  const onConfirm = handleSubmit(async (v) => {
    const at = chicagoInstant(v.date, v.time);
    if (!at) return;
    setConfirming(false);
    await send(
      {
        returnScreening: {
          screenedAt: at.toISOString(),
          indicators: v.indicators as ReturnScreening['indicators'],
          notes: v.notes.trim() || null,
        },
      },
      setError,
    );
  });

  return (
    <form className="usa-form usa-form--large" onSubmit={onAsk} noValidate aria-labelledby="screening-heading">
      <h3 id="screening-heading">Return screening for sex trafficking</h3>
      <p className="usa-hint">
        Ask the child about the time away. Any indicator opens a new access report, assigned to you, with the child and
        the indicators already recorded.
      </p>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <WhenFields
        id="screened"
        legend="When the child was screened"
        date={register('date')}
        time={register('time')}
        dateError={e.date}
        timeError={e.time}
        what="when the child was screened"
      />
      <fieldset className="usa-fieldset margin-top-2">
        <legend className="usa-legend text-bold">Trafficking indicators found</legend>
        <span className="usa-hint">Check each that applies; leave all unchecked when the screen found none.</span>
        {indicatorList.map((indicator) => (
          <div className="usa-checkbox" key={indicator.code}>
            <input
              className="usa-checkbox__input"
              id={`indicator-${indicator.code}`}
              type="checkbox"
              value={indicator.code}
              {...register('indicators')}
            />
            <label className="usa-checkbox__label" htmlFor={`indicator-${indicator.code}`}>
              {indicator.label}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id="screening-notes"
        label="Notes (optional)"
        error={e.notes?.message && `The notes ${e.notes.message}.`}
        control="usa-textarea"
      >
        {(props) => <textarea {...props} rows={4} {...register('notes')} />}
      </FormField>
      {confirming ? (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="confirm-text" className="margin-top-2">
          <p id="confirm-text" className="text-bold">
            {chosen.length > 0
              ? `Record the screening with ${chosen.length} ${chosen.length === 1 ? 'indicator' : 'indicators'}? The episode closes and a new draft access report is opened for the child. This cannot be undone.`
              : 'Record the screening with no indicator? The episode closes. This cannot be undone.'}
          </p>
          <button
            type="button"
            className="usa-button"
            onClick={() => void onConfirm()}
            disabled={formState.isSubmitting}
          >
            {formState.isSubmitting ? 'Recording…' : 'Yes, record the screening'}
          </button>
          <button type="button" className="usa-button usa-button--outline" onClick={() => setConfirming(false)}>
            Go back
          </button>
        </div>
      ) : (
        <button type="submit" className="usa-button margin-top-2">
          Record return screening
        </button>
      )}
    </form>
  );
}
