import { type PersonMatch, personSearchQuerySchema } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../ui/alert';
import { formatDateOnly } from '../../ui/chicago-time';
import { FormField } from '../screening/form-fields';
import { personName } from '../screening/labels';
import { searchChildren } from './missing.api';

export type ChosenChild =
  | { kind: 'found'; match: PersonMatch }
  | { kind: 'new'; firstName: string; lastName: string; dateOfBirth: string };

type Values = { lastName: string; firstName: string; dateOfBirth: string };

function matchText(m: PersonMatch): string {
  const born = m.dateOfBirth ? `born ${formatDateOnly(m.dateOfBirth)}` : 'date of birth not recorded';
  return `${personName(m)}, ${born}`;
}

/**
 * Search before create: the child is looked up in the person registry first, so an episode links
 * the child the agency already knows; "none of these" records a new child with the names typed.
 */
export function ChildSearch({ onChosen }: { onChosen: (child: ChosenChild) => void }) {
  const [result, setResult] = useState<{ query: Values; matches: PersonMatch[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState } = useForm<Values>({
    // raw: the values as typed (the schema only checks them), so empty optional fields stay strings.
    resolver: zodResolver(personSearchQuerySchema, undefined, { raw: true }) as never,
    defaultValues: { lastName: '', firstName: '', dateOfBirth: '' },
  });
  const e = formState.errors;

  const onSearch = handleSubmit(async (values) => {
    setFailed(false);
    try {
      const matches = await searchChildren({
        lastName: values.lastName.trim(),
        firstName: values.firstName.trim() || undefined,
        dateOfBirth: values.dateOfBirth || undefined,
      });
      setResult({ query: values, matches });
    } catch {
      setFailed(true);
    }
  });

  return (
    <>
      <form className="usa-form usa-form--large" onSubmit={onSearch} noValidate aria-labelledby="search-heading">
        <h2 id="search-heading">1. Find the child</h2>
        <p className="usa-hint">
          Search the people already known to the agency first, so the episode is linked to the child's records.
        </p>
        <FormField
          id="search-last-name"
          label="Last name"
          error={e.lastName && 'Enter the child’s last name to search.'}
          control="usa-input"
        >
          {(props) => <input {...props} autoComplete="off" {...register('lastName')} />}
        </FormField>
        <FormField id="search-first-name" label="First name (optional)" control="usa-input">
          {(props) => <input {...props} autoComplete="off" {...register('firstName')} />}
        </FormField>
        <FormField
          id="search-dob"
          label="Date of birth (optional)"
          error={e.dateOfBirth && 'Enter the date of birth as a real date, or leave it empty.'}
          control="usa-input"
        >
          {(props) => <input {...props} type="date" {...register('dateOfBirth')} />}
        </FormField>
        <button type="submit" className="usa-button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Searching…' : 'Search'}
        </button>
      </form>
      {failed && <Alert type="error">People search is not available right now. Try again in a moment.</Alert>}
      {result && (
        <section aria-labelledby="matches-heading" className="margin-top-3">
          <h3 id="matches-heading" aria-live="polite">
            {result.matches.length === 0
              ? 'No one known to the agency matches'
              : `${result.matches.length} ${result.matches.length === 1 ? 'person matches' : 'people match'}`}
          </h3>
          {result.matches.length > 0 && (
            <ul className="usa-list usa-list--unstyled">
              {result.matches.map((m) => (
                <li key={m.id} className="margin-bottom-1">
                  <button
                    type="button"
                    className="usa-button usa-button--outline"
                    onClick={() => onChosen({ kind: 'found', match: m })}
                  >
                    Choose {matchText(m)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="usa-button usa-button--secondary margin-top-1"
            onClick={() =>
              onChosen({
                kind: 'new',
                firstName: result.query.firstName.trim(),
                lastName: result.query.lastName.trim(),
                dateOfBirth: result.query.dateOfBirth,
              })
            }
          >
            {result.matches.length === 0 ? 'Record a new child' : 'None of these: record a new child'}
          </button>
        </section>
      )}
    </>
  );
}
