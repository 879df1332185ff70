import {
  type AccessReport,
  type ContactKind,
  type ContactOutcome,
  contactKindSchema,
  contactOutcomeSchema,
  contactRequestSchema,
  dateOnlyValue,
} from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { chicagoDateAndTime, chicagoInstant, formatChicagoDateTime } from '../../ui/chicago-time';
import { ChoiceFieldset, FormField, Radio } from '../screening/form-fields';
import { newIdempotencyKey } from '../screening/screening.api';
import { contactKindLabel, contactOutcomeLabel, contactPersonName, peopleFor } from './contact-words';
import { recordContact } from './contacts.api';

// The API takes one instant; people enter a Chicago date and time, so the form has both instead.
const formSchema = z.object({
  kind: contactKindSchema,
  personId: z.string().min(1, 'required'),
  outcome: contactOutcomeSchema,
  date: dateOnlyValue,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30'),
  note: contactRequestSchema.shape.note.unwrap().unwrap().or(z.literal('')),
});

type Values = {
  kind: ContactKind | undefined;
  personId: string;
  outcome: ContactOutcome | undefined;
  date: string;
  time: string;
  note: string;
};
type Checked = { kind: ContactKind; personId: string; outcome: ContactOutcome; at: string; note: string | null };

const FUTURE_MARGIN_MS = 5 * 60_000; // the API's allowance for clocks that differ a little

/** The form's field for an API issue path, and its name in words. */
function fieldOfIssue(path: string): { name: keyof Values; words: string } | null {
  if (path === 'at') return { name: 'time', words: 'The date and time of the contact' };
  if (path === 'personId') return { name: 'personId', words: 'The person' };
  if (path === 'kind') return { name: 'kind', words: 'Who was seen' };
  if (path === 'outcome') return { name: 'outcome', words: 'The outcome' };
  if (path === 'note') return { name: 'note', words: 'The note' };
  return null;
}

type ContactFormProps = {
  report: Pick<AccessReport, 'id' | 'persons' | 'allegations' | 'receivedAt'>;
  /** Opened by a button: the first field takes the focus. */
  focusFirstField?: boolean;
  onRecorded: (report: AccessReport) => void;
  onCancel: () => void;
};

/**
 * Records a first face-to-face contact: who was seen (the people offered follow the kind), whether
 * the visit was completed or only attempted, when (Chicago time) and a note. A contact cannot be
 * changed once recorded, so the worker checks a summary before it is sent.
 */
export function ContactForm({ report, focusFirstField = false, onRecorded, onCancel }: ContactFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [sending, setSending] = useState(false);
  // After a refusal the form comes back from the check: its first marked field takes the focus then.
  const [focusAfter, setFocusAfter] = useState<keyof Values | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  // One key per body: a retry of the same contact after a lost answer is recorded once.
  const lastAttempt = useRef<{ body: string; key: string } | null>(null);
  const { register, handleSubmit, setError, setFocus, watch, setValue, formState } = useForm<Values>({
    resolver: zodResolver(formSchema) as unknown as Resolver<Values>,
    defaultValues: { kind: undefined, personId: '', outcome: undefined, note: '', ...chicagoDateAndTime(new Date()) },
  });
  const kind = watch('kind');
  const people = kind ? peopleFor(report, kind) : [];
  const e = formState.errors;

  useEffect(() => {
    if (focusFirstField) setFocus('kind');
  }, [focusFirstField, setFocus]);
  useEffect(() => {
    if (checked) confirmHeading.current?.focus();
  }, [checked]);
  useEffect(() => {
    if (!checked && focusAfter) {
      setFocus(focusAfter);
      setFocusAfter(null);
    }
  }, [checked, focusAfter, setFocus]);
  // A person of the other kind is no longer offered: the choice starts again.
  useEffect(() => {
    if (kind) setValue('personId', '');
  }, [kind, setValue]);

  const onCheck = handleSubmit((values) => {
    setServerError(null);
    const at = chicagoInstant(values.date, values.time);
    if (!at) return setError('date', { message: 'invalid' }, { shouldFocus: true });
    if (at.getTime() > Date.now() + FUTURE_MARGIN_MS) {
      return setError(
        'time',
        { type: 'custom', message: 'The time of the contact must not be in the future.' },
        { shouldFocus: true },
      );
    }
    if (report.receivedAt && at.getTime() < new Date(report.receivedAt).getTime()) {
      return setError(
        'time',
        { type: 'custom', message: 'The time of the contact must not be before the report was received.' },
        { shouldFocus: true },
      );
    }
    const { kind: k, outcome } = values;
    // The resolver ran the schema, which requires both; the form's own type cannot say so.
    if (!k || !outcome) throw new Error('Contact form: the schema let a contact through without its kind or outcome');
    setChecked({ kind: k, personId: values.personId, outcome, at: at.toISOString(), note: values.note.trim() || null });
  });

  async function send(contact: Checked) {
    setServerError(null);
    setSending(true);
    const body = JSON.stringify(contact);
    if (lastAttempt.current?.body !== body) lastAttempt.current = { body, key: newIdempotencyKey() };
    try {
      onRecorded(await recordContact(report.id, contact, lastAttempt.current.key));
    } catch (error) {
      setChecked(null);
      // Each issue beside its field, in words; the API's paths (at, personId) never reach the page.
      const issues = error instanceof ApiError ? error.issues : [];
      let placed = 0;
      for (const issue of issues) {
        const field = fieldOfIssue(issue.path);
        if (!field) continue;
        if (placed++ === 0) setFocusAfter(field.name);
        setError(field.name, { type: 'custom', message: `${field.words} ${issue.message.replace(/\.$/, '')}.` });
      }
      setServerError(
        !(error instanceof ApiError)
          ? 'The contact could not be recorded. Try again.'
          : issues.length > 0 && placed === issues.length
            ? 'The contact was not recorded: see the marked fields.'
            : error.message,
      );
    } finally {
      setSending(false);
    }
  }

  const custom = (field: keyof Values, fallback: string) =>
    e[field] ? (e[field]?.type === 'custom' ? (e[field]?.message ?? fallback) : fallback) : undefined;
  const only = (message: string | undefined) => (message ? [message] : []);

  if (checked) {
    return (
      <div
        className="usa-summary-box margin-y-2 report-no-print"
        role="region"
        aria-labelledby="contact-confirm-heading"
      >
        <div className="usa-summary-box__body">
          <h4 id="contact-confirm-heading" className="usa-summary-box__heading" ref={confirmHeading} tabIndex={-1}>
            Check the contact before you record it
          </h4>
          <dl className="usa-summary-box__text">
            <div>
              <dt className="text-bold display-inline">Who was seen: </dt>
              <dd className="display-inline margin-left-0">
                {contactKindLabel(checked.kind)}, {contactPersonName(report, checked.personId)}
              </dd>
            </div>
            <div>
              <dt className="text-bold display-inline">Outcome: </dt>
              <dd className="display-inline margin-left-0">{contactOutcomeLabel(checked.outcome)}</dd>
            </div>
            <div>
              <dt className="text-bold display-inline">When: </dt>
              <dd className="display-inline margin-left-0">
                <time dateTime={checked.at}>{formatChicagoDateTime(checked.at)}</time>
              </dd>
            </div>
            {checked.note && (
              <div>
                <dt className="text-bold display-inline">Note: </dt>
                <dd className="display-inline margin-left-0">{checked.note}</dd>
              </div>
            )}
          </dl>
          <p>A contact cannot be changed or removed once it is recorded.</p>
          <div className="usa-button-group">
            <button type="button" className="usa-button" disabled={sending} onClick={() => void send(checked)}>
              {sending ? 'Recording…' : 'Record contact'}
            </button>
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={sending}
              onClick={() => setChecked(null)}
            >
              Go back and change it
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <form className="usa-form usa-form--large" onSubmit={onCheck} noValidate aria-labelledby="contact-form-legend">
      {serverError && <Alert type="error">{serverError}</Alert>}
      <p id="contact-form-legend" className="text-bold">
        Record a contact
      </p>
      <ChoiceFieldset id="contact-kind" legend="Who was seen" errors={only(custom('kind', 'Choose who was seen.'))}>
        {(['CHILD_SEEN', 'CAREGIVER_SEEN'] as const).map((k) => (
          <Radio key={k} id={`contact-kind-${k}`} label={contactKindLabel(k)} value={k} {...register('kind')} />
        ))}
      </ChoiceFieldset>
      <FormField
        id="contact-person"
        label={kind === 'CAREGIVER_SEEN' ? 'Parent or caregiver' : 'Child'}
        hint={
          kind
            ? kind === 'CHILD_SEEN'
              ? 'Only a child named in an allegation counts for the response time.'
              : 'The adults of this report.'
            : 'Choose who was seen first.'
        }
        error={custom('personId', kind ? 'Choose the person seen.' : 'Choose who was seen, then the person.')}
        control="usa-select"
      >
        {(props) => (
          <select {...props} disabled={!kind} {...register('personId')}>
            <option value="">- Choose -</option>
            {people.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name}
                {kind === 'CHILD_SEEN' && !p.allegedVictim ? ' (no allegation)' : ''}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ChoiceFieldset
        id="contact-outcome"
        legend="Outcome"
        hint="Attempted: you went but did not see the person."
        errors={only(custom('outcome', 'Choose whether the contact was completed or attempted.'))}
      >
        {(['COMPLETED', 'ATTEMPTED'] as const).map((o) => (
          <Radio
            key={o}
            id={`contact-outcome-${o}`}
            label={contactOutcomeLabel(o)}
            value={o}
            {...register('outcome')}
          />
        ))}
      </ChoiceFieldset>
      <fieldset className="usa-fieldset" aria-describedby="contact-when-hint">
        <legend className="usa-legend">When</legend>
        <span className="usa-hint" id="contact-when-hint">
          The date and time of the contact, in Chicago time.
        </span>
        <div className="grid-row grid-gap">
          <FormField
            id="contact-date"
            label="Date of the contact"
            error={e.date && 'Enter the date of the contact.'}
            control="usa-input"
            className="tablet:grid-col-6"
          >
            {(props) => <input {...props} type="date" {...register('date')} />}
          </FormField>
          <FormField
            id="contact-time"
            label="Time of the contact"
            error={custom('time', 'Enter the time of the contact.')}
            control="usa-input"
            className="tablet:grid-col-6"
          >
            {(props) => <input {...props} type="time" {...register('time')} />}
          </FormField>
        </div>
      </fieldset>
      <FormField
        id="contact-note"
        label="Note (optional)"
        error={e.note && (e.note.type === 'custom' ? e.note.message : `The note ${e.note.message}.`)}
        control="usa-textarea"
      >
        {(props) => <textarea {...props} rows={3} {...register('note')} />}
      </FormField>
      <div className="usa-button-group">
        <button type="submit" className="usa-button">
          Check the contact
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
