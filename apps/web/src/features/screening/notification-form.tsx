import {
  type AccessReport,
  dateOnlyValue,
  lawEnforcementNotificationSchema,
  type NotificationMethod,
  tribalNotificationSchema,
} from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { chicagoDateAndTime, chicagoInstant } from '../../ui/chicago-time';
import { FormField } from './form-fields';
import { notificationMethodOptions } from './labels';
import { newIdempotencyKey, recordLawEnforcementNotification, recordTribalNotification } from './screening.api';

export type NotificationKind = 'lawEnforcement' | 'tribal';

// The API takes one instant; people enter a Chicago date and time, so the form has both instead.
const when = {
  date: dateOnlyValue,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30'),
};
const schemas = {
  lawEnforcement: lawEnforcementNotificationSchema.omit({ notifiedAt: true }).extend(when),
  tribal: tribalNotificationSchema.omit({ notifiedAt: true }).extend(when),
};

type Values = {
  date: string;
  time: string;
  method: NotificationMethod | undefined;
  contactName: string;
  agency?: string;
  tribe?: string;
};

const FUTURE_MARGIN_MS = 5 * 60_000; // the API's allowance for clocks that differ a little
const words = {
  lawEnforcement: {
    party: 'agency',
    legend: 'Record a law enforcement notification',
    partyLabel: 'Law enforcement agency',
    partyError: 'Enter the law enforcement agency.',
    contactHint: 'The officer you spoke with or wrote to.',
  },
  tribal: {
    party: 'tribe',
    legend: 'Record a notification of the tribe',
    partyLabel: 'Tribe notified',
    partyError: 'Enter the tribe.',
    contactHint: 'The tribal child welfare worker you spoke with or wrote to.',
  },
} as const;

/** The form's field for an API issue path, and its name in words. */
function fieldOfIssue(
  path: string,
  party: 'agency' | 'tribe',
): { name: 'time' | 'method' | 'contactName' | 'agency' | 'tribe'; words: string } | null {
  if (path === 'notifiedAt') return { name: 'time', words: 'The date and time notified' };
  if (path === 'method') return { name: 'method', words: 'How they were notified' };
  if (path === 'contactName') return { name: 'contactName', words: 'The contact name' };
  if (path === party) return { name: party, words: party === 'agency' ? 'The agency' : 'The tribe' };
  return null;
}

type NotificationFormProps = {
  report: Pick<AccessReport, 'id'>;
  kind: NotificationKind;
  /** Inside another form (the intake): a group with its own button, never a nested <form>. */
  inline?: boolean;
  defaultParty?: string;
  /** Opened by a button: the first field takes the focus. */
  focusFirstField?: boolean;
  onRecorded: (report: AccessReport) => void;
};

/** Records a notification made by phone, email, in person or electronically; the time defaults to now in Chicago. */
export function NotificationForm({
  report,
  kind,
  defaultParty = '',
  focusFirstField = false,
  inline = false,
  onRecorded,
}: NotificationFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  // One key per body: a retry of the same notification after a lost answer is recorded once.
  const lastAttempt = useRef<{ body: string; key: string } | null>(null);
  const text = words[kind];
  const { register, handleSubmit, setError, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schemas[kind]) as unknown as Resolver<Values>,
    defaultValues: {
      ...chicagoDateAndTime(new Date()),
      method: undefined,
      contactName: '',
      [text.party]: defaultParty,
    },
  });
  useEffect(() => {
    if (focusFirstField) setFocus('date');
  }, [focusFirstField, setFocus]);
  const e = formState.errors;
  const id = (field: string) => `${kind}-${field}`;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const notifiedAt = chicagoInstant(values.date, values.time);
    if (!notifiedAt) return setError('date', { message: 'invalid' }, { shouldFocus: true });
    if (notifiedAt.getTime() > Date.now() + FUTURE_MARGIN_MS) {
      return setError(
        'time',
        { type: 'custom', message: 'The time notified must not be in the future.' },
        { shouldFocus: true },
      );
    }
    // The resolver ran the schema, which requires both; the form's own type cannot say so.
    const { method } = values;
    const party = values[text.party];
    if (method === undefined || party === undefined)
      throw new Error(`Notification form: the schema let a notification through without its method or ${text.party}`);
    const base = {
      notifiedAt: notifiedAt.toISOString(),
      method,
      contactName: values.contactName.trim() || null,
    };
    const body = JSON.stringify({ ...base, party: values[text.party] });
    if (lastAttempt.current?.body !== body) lastAttempt.current = { body, key: newIdempotencyKey() };
    const idempotencyKey = lastAttempt.current.key;
    try {
      onRecorded(
        kind === 'lawEnforcement'
          ? await recordLawEnforcementNotification(report.id, { ...base, agency: party.trim() }, idempotencyKey)
          : await recordTribalNotification(report.id, { ...base, tribe: party.trim() }, idempotencyKey),
      );
    } catch (error) {
      // Each issue beside its field, in words; the API's paths (notifiedAt, agency…) never reach the page.
      const issues = error instanceof ApiError ? error.issues : [];
      let placed = 0;
      for (const issue of issues) {
        const field = fieldOfIssue(issue.path, text.party);
        if (!field) continue;
        placed++;
        setError(
          field.name,
          { type: 'custom', message: `${field.words} ${issue.message.replace(/\.$/, '')}.` },
          { shouldFocus: placed === 1 },
        );
      }
      setServerError(
        !(error instanceof ApiError)
          ? 'The notification could not be recorded. Try again.'
          : issues.length > 0 && placed === issues.length
            ? 'The notification was not recorded: see the marked fields.'
            : error.message,
      );
    }
  });

  const fields = (
    <>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <fieldset className="usa-fieldset" aria-describedby={id('when-hint')}>
        <legend className="usa-legend text-bold">{text.legend}</legend>
        <span className="usa-hint" id={id('when-hint')}>
          The date and time you notified them, in Chicago time.
        </span>
        <div className="grid-row grid-gap">
          <FormField
            id={id('date')}
            label="Date notified"
            error={e.date && 'Enter the date notified.'}
            control="usa-input"
            className="tablet:grid-col-6"
          >
            {(props) => <input {...props} type="date" {...register('date')} />}
          </FormField>
          <FormField
            id={id('time')}
            label="Time notified"
            error={e.time && (e.time.type === 'custom' ? e.time.message : 'Enter the time notified.')}
            control="usa-input"
            className="tablet:grid-col-6"
          >
            {(props) => <input {...props} type="time" {...register('time')} />}
          </FormField>
        </div>
        <FormField
          id={id('party')}
          label={text.partyLabel}
          error={e[text.party] && (e[text.party]?.type === 'custom' ? e[text.party]?.message : text.partyError)}
          control="usa-input"
        >
          {(props) => <input {...props} {...register(text.party)} />}
        </FormField>
        <FormField
          id={id('method')}
          label="How they were notified"
          error={e.method && (e.method.type === 'custom' ? e.method.message : 'Choose how they were notified.')}
          control="usa-select"
        >
          {(props) => (
            <select {...props} {...register('method', { setValueAs: (v: string | undefined) => v || undefined })}>
              <option value="">- Choose -</option>
              {notificationMethodOptions.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={id('contact')}
          label="Contact person (optional)"
          hint={text.contactHint}
          error={
            e.contactName &&
            (e.contactName.type === 'custom' ? e.contactName.message : `The contact name ${e.contactName.message}.`)
          }
          control="usa-input"
        >
          {(props) => <input {...props} {...register('contactName')} />}
        </FormField>
        <button
          type={inline ? 'button' : 'submit'}
          className="usa-button"
          disabled={formState.isSubmitting}
          onClick={inline ? () => void onSubmit() : undefined}
        >
          {formState.isSubmitting ? 'Recording…' : 'Record notification'}
        </button>
      </fieldset>
    </>
  );
  return inline ? (
    <div className="usa-form usa-form--large">{fields}</div>
  ) : (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
      {fields}
    </form>
  );
}
