import { type CreateMissingEpisode, createEpisodeIssues, dateOnlyValue, type MissingEpisode } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../ui/alert';
import { chicagoDateAndTime, chicagoInstant, formatDateOnly } from '../../ui/chicago-time';
import { FormField } from '../screening/form-fields';
import { personName } from '../screening/labels';
import { newIdempotencyKey } from '../screening/screening.api';
import type { ChosenChild } from './child-search';
import { type Placement, placeIssues, TIME_PATTERN } from './form-issues';
import { createEpisode } from './missing.api';
import { WhenFields } from './when-fields';

const optionalTime = z.string().regex(TIME_PATTERN).or(z.literal(''));
const formSchema = z.object({
  firstName: z.string().max(100),
  lastName: z.string().max(100),
  dateOfBirth: dateOnlyValue.or(z.literal('')),
  learnedDate: dateOnlyValue,
  learnedTime: z.string().regex(TIME_PATTERN),
  lastSeenDate: dateOnlyValue.or(z.literal('')),
  lastSeenTime: optionalTime,
  lastSeenLocation: z.string().max(500),
  circumstances: z.string().max(5000),
});
type Values = z.infer<typeof formSchema>;
type Field = keyof Values;

const WORDS: Record<string, Placement<Field>> = {
  learnedAt: { field: 'learnedTime', words: 'The time the agency learned the child was missing' },
  lastSeenAt: { field: 'lastSeenTime', words: 'The time the child was last seen' },
  lastSeenLocation: { field: 'lastSeenLocation', words: 'Where the child was last seen' },
  circumstances: { field: 'circumstances', words: 'The circumstances' },
  'person.firstName': { field: 'firstName', words: 'The first name' },
  'person.lastName': { field: 'lastName', words: 'The last name' },
  'person.dateOfBirth': { field: 'dateOfBirth', words: 'The date of birth' },
};
const fieldOf = (path: string) => WORDS[path] ?? null;

type NewEpisodeFormProps = {
  child: ChosenChild;
  countyCode: string;
  onRecorded: (episode: MissingEpisode) => void;
  onChangeChild: () => void;
};

/** Step 2: when the agency learned the child was missing, and what it knows. Starts both clocks. */
export function NewEpisodeForm({ child, countyCode, onRecorded, onChangeChild }: NewEpisodeFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const lastAttempt = useRef<{ body: string; key: string } | null>(null);
  const isNew = child.kind === 'new';
  const now = chicagoDateAndTime(new Date());
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      firstName: isNew ? child.firstName : '',
      lastName: isNew ? child.lastName : '',
      dateOfBirth: isNew ? child.dateOfBirth : '',
      learnedDate: now.date,
      learnedTime: now.time,
      lastSeenDate: '',
      lastSeenTime: '',
      lastSeenLocation: '',
      circumstances: '',
    },
  });
  const e = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    setServerError(null);
    if (isNew && !v.lastName.trim())
      return setError('lastName', { type: 'custom', message: 'Enter the child’s last name.' }, { shouldFocus: true });
    if (isNew && !v.firstName.trim())
      return setError('firstName', { type: 'custom', message: 'Enter the child’s first name.' }, { shouldFocus: true });
    const learned = chicagoInstant(v.learnedDate, v.learnedTime);
    if (!learned)
      return setError('learnedDate', { type: 'custom', message: 'Enter the date learned.' }, { shouldFocus: true });
    const lastSeenGiven = v.lastSeenDate !== '' || v.lastSeenTime !== '';
    const lastSeen = lastSeenGiven ? chicagoInstant(v.lastSeenDate, v.lastSeenTime) : null;
    if (lastSeenGiven && !lastSeen) {
      return setError(
        'lastSeenTime',
        { type: 'custom', message: 'Enter both the date and the time last seen, or neither.' },
        { shouldFocus: true },
      );
    }
    const body: CreateMissingEpisode = {
      ...(child.kind === 'found'
        ? { personId: child.match.id }
        : {
            person: { firstName: v.firstName.trim(), lastName: v.lastName.trim(), dateOfBirth: v.dateOfBirth || null },
          }),
      countyCode,
      learnedAt: learned.toISOString(),
      lastSeenAt: lastSeen?.toISOString() ?? null,
      lastSeenLocation: v.lastSeenLocation.trim() || null,
      circumstances: v.circumstances.trim() || null,
    };
    // The domain's own checks first (times in order, none in the future), in words beside each field.
    const issues = createEpisodeIssues(body, new Date());
    let placed = 0;
    for (const issue of issues) {
      const place = fieldOf(issue.path);
      if (!place) continue;
      setError(
        place.field,
        { type: 'custom', message: `${place.words} ${issue.message}.` },
        { shouldFocus: placed++ === 0 },
      );
    }
    if (issues.length) return;
    const text = JSON.stringify(body);
    if (lastAttempt.current?.body !== text) lastAttempt.current = { body: text, key: newIdempotencyKey() };
    try {
      onRecorded(await createEpisode(body, lastAttempt.current.key));
    } catch (error) {
      setServerError(placeIssues(error, fieldOf, setError, 'The missing child'));
    }
  });

  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-labelledby="record-heading">
      <h2 id="record-heading">2. Record the missing child</h2>
      {serverError && <Alert type="error">{serverError}</Alert>}
      {child.kind === 'found' ? (
        <p>
          Child: <strong>{personName(child.match)}</strong>
          {child.match.dateOfBirth ? `, born ${formatDateOnly(child.match.dateOfBirth)}` : ''} (known to the agency).{' '}
          <button type="button" className="usa-button usa-button--unstyled" onClick={onChangeChild}>
            Choose another child
          </button>
        </p>
      ) : (
        <fieldset className="usa-fieldset">
          <legend className="usa-legend text-bold">A new child</legend>
          <FormField
            id="new-first-name"
            label="First name"
            error={e.firstName?.message ?? (e.firstName && 'Enter the first name.')}
            control="usa-input"
          >
            {(props) => <input {...props} {...register('firstName')} />}
          </FormField>
          <FormField
            id="new-last-name"
            label="Last name"
            error={e.lastName?.message ?? (e.lastName && 'Enter the last name.')}
            control="usa-input"
          >
            {(props) => <input {...props} {...register('lastName')} />}
          </FormField>
          <FormField
            id="new-dob"
            label="Date of birth (optional)"
            error={
              e.dateOfBirth &&
              (e.dateOfBirth.type === 'custom' ? e.dateOfBirth.message : 'Enter a real date, or leave it empty.')
            }
            control="usa-input"
          >
            {(props) => <input {...props} type="date" {...register('dateOfBirth')} />}
          </FormField>
          <button type="button" className="usa-button usa-button--unstyled" onClick={onChangeChild}>
            Search again
          </button>
        </fieldset>
      )}
      <WhenFields
        id="learned"
        legend="When the agency learned the child was missing"
        hint="In Chicago time. The police report is due 8 hours after this, the NCMEC report 24 hours after."
        date={register('learnedDate')}
        time={register('learnedTime')}
        dateError={e.learnedDate}
        timeError={e.learnedTime}
        what="when the agency learned"
      />
      <WhenFields
        id="last-seen"
        legend="When the child was last seen (optional)"
        date={register('lastSeenDate')}
        time={register('lastSeenTime')}
        dateError={e.lastSeenDate}
        timeError={e.lastSeenTime}
        what="when the child was last seen"
      />
      <FormField
        id="last-seen-location"
        label="Where the child was last seen (optional)"
        error={e.lastSeenLocation?.message}
        control="usa-input"
      >
        {(props) => <input {...props} {...register('lastSeenLocation')} />}
      </FormField>
      <FormField
        id="circumstances"
        label="Circumstances (optional)"
        hint="What is known: who noticed, what the child took, who the child may be with."
        error={e.circumstances?.message}
        control="usa-textarea"
      >
        {(props) => <textarea {...props} rows={4} {...register('circumstances')} />}
      </FormField>
      <button type="submit" className="usa-button margin-top-2" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Recording…' : 'Record missing child'}
      </button>
    </form>
  );
}
