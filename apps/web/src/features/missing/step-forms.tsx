import { dateOnlyValue, type MissingEpisode } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../ui/alert';
import { chicagoDateAndTime, chicagoInstant } from '../../ui/chicago-time';
import { FormField } from '../screening/form-fields';
import { TIME_PATTERN } from './form-issues';
import { useStep } from './use-step';
import { WhenFields } from './when-fields';

// The steps of an episode before the return screening: the police report (NCIC), the NCMEC report,
// and the child located. Each sends only its own fields with the version on screen.

export type StepProps = { episode: MissingEpisode; onSaved: (e: MissingEpisode) => void; onStale: () => void };

const when = { date: dateOnlyValue, time: z.string().regex(TIME_PATTERN) };
const optional = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const FUTURE_MARGIN_MS = 5 * 60_000;

function instantOf(date: string, time: string): string | null {
  const at = chicagoInstant(date, time);
  return at && at.getTime() <= Date.now() + FUTURE_MARGIN_MS ? at.toISOString() : null;
}
const FUTURE = { type: 'custom' as const, message: 'The time must be a real time, not in the future.' };

const policeSchema = z.object({
  ...when,
  agency: z.string().trim().min(1).max(200),
  caseNumber: optional(100),
  ncic: optional(100),
});
type PoliceValues = z.infer<typeof policeSchema>;

export function PoliceReportForm({ episode, onSaved, onStale }: StepProps) {
  const { register, handleSubmit, setError, formState } = useForm<PoliceValues>({
    resolver: zodResolver(policeSchema),
    defaultValues: { ...chicagoDateAndTime(new Date()), agency: '', caseNumber: '', ncic: '' },
  });
  const { serverError, send } = useStep<PoliceValues>(
    episode,
    onSaved,
    onStale,
    {
      policeReportedAt: { field: 'time', words: 'The time reported to the police' },
      policeAgency: { field: 'agency', words: 'The police agency' },
      policeCaseNumber: { field: 'caseNumber', words: 'The police case number' },
      ncicNumber: { field: 'ncic', words: 'The NCIC number' },
    },
    'The police report',
  );
  const e = formState.errors;
  const onSubmit = handleSubmit(async (v) => {
    const at = instantOf(v.date, v.time);
    if (!at) return setError('time', FUTURE, { shouldFocus: true });
    await send(
      {
        policeReportedAt: at,
        policeAgency: v.agency.trim(),
        policeCaseNumber: v.caseNumber.trim() || null,
        ncicNumber: v.ncic.trim() || null,
      },
      setError,
    );
  });
  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-labelledby="police-heading">
      <h3 id="police-heading">Report to the police (for NCIC)</h3>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <WhenFields
        id="police"
        legend="When the child was reported to the police"
        date={register('date')}
        time={register('time')}
        dateError={e.date}
        timeError={e.time}
        what="when the child was reported"
      />
      <FormField
        id="police-agency"
        label="Police agency"
        error={e.agency && (e.agency.type === 'custom' ? e.agency.message : 'Enter the police agency.')}
        control="usa-input"
      >
        {(props) => <input {...props} {...register('agency')} />}
      </FormField>
      <FormField
        id="police-case"
        label="Police case number (optional)"
        error={e.caseNumber?.message}
        control="usa-input"
      >
        {(props) => <input {...props} {...register('caseNumber')} />}
      </FormField>
      <FormField
        id="police-ncic"
        label="NCIC number (optional)"
        hint="The number of the NCIC missing person entry, when the police give it."
        error={e.ncic?.message}
        control="usa-input"
      >
        {(props) => <input {...props} {...register('ncic')} />}
      </FormField>
      <button type="submit" className="usa-button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Recording…' : 'Record police report'}
      </button>
    </form>
  );
}

const ncmecSchema = z.object({ ...when, caseNumber: optional(100) });
type NcmecValues = z.infer<typeof ncmecSchema>;

export function NcmecReportForm({ episode, onSaved, onStale }: StepProps) {
  const { register, handleSubmit, setError, formState } = useForm<NcmecValues>({
    resolver: zodResolver(ncmecSchema),
    defaultValues: { ...chicagoDateAndTime(new Date()), caseNumber: '' },
  });
  const { serverError, send } = useStep<NcmecValues>(
    episode,
    onSaved,
    onStale,
    {
      ncmecReportedAt: { field: 'time', words: 'The time reported to NCMEC' },
      ncmecCaseNumber: { field: 'caseNumber', words: 'The NCMEC case number' },
    },
    'The NCMEC report',
  );
  const e = formState.errors;
  const onSubmit = handleSubmit(async (v) => {
    const at = instantOf(v.date, v.time);
    if (!at) return setError('time', FUTURE, { shouldFocus: true });
    await send({ ncmecReportedAt: at, ncmecCaseNumber: v.caseNumber.trim() || null }, setError);
  });
  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-labelledby="ncmec-heading">
      <h3 id="ncmec-heading">Report to NCMEC</h3>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <WhenFields
        id="ncmec"
        legend="When the child was reported to NCMEC"
        date={register('date')}
        time={register('time')}
        dateError={e.date}
        timeError={e.time}
        what="when the child was reported"
      />
      <FormField id="ncmec-case" label="NCMEC case number (optional)" error={e.caseNumber?.message} control="usa-input">
        {(props) => <input {...props} {...register('caseNumber')} />}
      </FormField>
      <button type="submit" className="usa-button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Recording…' : 'Record NCMEC report'}
      </button>
    </form>
  );
}

const locatedSchema = z.object(when);
type LocatedValues = z.infer<typeof locatedSchema>;

export function LocatedForm({ episode, onSaved, onStale }: StepProps) {
  const { register, handleSubmit, setError, formState } = useForm<LocatedValues>({
    resolver: zodResolver(locatedSchema),
    defaultValues: chicagoDateAndTime(new Date()),
  });
  const { serverError, send } = useStep<LocatedValues>(
    episode,
    onSaved,
    onStale,
    {
      locatedAt: { field: 'time', words: 'The time the child was located' },
    },
    'The time located',
  );
  const e = formState.errors;
  const onSubmit = handleSubmit(async (v) => {
    const at = instantOf(v.date, v.time);
    if (!at) return setError('time', FUTURE, { shouldFocus: true });
    await send({ locatedAt: at }, setError);
  });
  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-labelledby="located-heading">
      <h3 id="located-heading">The child is located</h3>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <WhenFields
        id="located"
        legend="When the child was located"
        date={register('date')}
        time={register('time')}
        dateError={e.date}
        timeError={e.time}
        what="when the child was located"
      />
      <button type="submit" className="usa-button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Recording…' : 'Record child located'}
      </button>
    </form>
  );
}
