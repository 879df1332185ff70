import { genders, type PersonMatch } from '@cps/domain';
import { type KeyboardEvent, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatDateOnly } from '../../ui/chicago-time';
import { fieldId } from './field-paths';
import { useIntake } from './intake-context';
import type { IntakeValues } from './intake-form.schema';
import { searchQueryOf, usePersonSearch } from './use-person-search';

export const matchesId = (index: number) => `${fieldId(`persons.${index}`)}-matches`;

function matchText(m: PersonMatch): string {
  const name = [m.firstName, m.lastName].filter(Boolean).join(' ') || 'Name not recorded';
  const born = m.dateOfBirth ? `born ${formatDateOnly(m.dateOfBirth)}` : 'date of birth not recorded';
  const gender = genders.find((g) => g.code === m.gender)?.label;
  return [name, born, gender].filter(Boolean).join(' · ');
}

/**
 * Search before create: likely matches for the name being typed, as a listbox reachable with
 * Tab (or the Down arrow from the name fields). Arrow keys move, Enter or a click links.
 */
export function PersonSearch({ index }: { index: number }) {
  const { control, getValues } = useFormContext<IntakeValues>();
  const { timings, personIdsInReport, linkPerson } = useIntake();
  const [lastName, firstName, dateOfBirth] = useWatch({
    control,
    name: [`persons.${index}.lastName`, `persons.${index}.firstName`, `persons.${index}.dateOfBirth`],
  });
  const query = searchQueryOf(lastName, firstName, dateOfBirth);
  const search = usePersonSearch(query, timings.searchDelayMs);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const inReport = new Set([
    ...personIdsInReport(),
    ...(getValues('persons') ?? []).map((p) => p.personId).filter((id): id is string => !!id),
  ]);
  const matches =
    search.query === query && query !== dismissed ? search.matches.filter((m) => !inReport.has(m.id)) : [];
  const id = matchesId(index);
  const current = Math.min(active, Math.max(matches.length - 1, 0));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) setActive((current + move + matches.length) % matches.length);
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(matches.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') {
      // The list, and so its keys, exists only while it has a match.
      const chosen = matches[current];
      if (chosen) linkPerson(index, chosen);
    } else if (event.key === 'Escape') {
      setDismissed(query);
      document.getElementById(fieldId(`persons.${index}.lastName`))?.focus();
    } else return;
    event.preventDefault();
  };

  return (
    <div className="intake-matches-wrapper">
      <p className="usa-sr-only" aria-live="polite">
        {matches.length
          ? `${matches.length} possible ${matches.length === 1 ? 'match' : 'matches'} found: press Tab or the Down arrow to review them.`
          : ''}
      </p>
      {search.status === 'failed' && search.query === query && (
        <p className="usa-hint">People search is not available right now; you can go on typing.</p>
      )}
      {matches.length > 0 && (
        <div className="intake-matches">
          <p className="intake-matches__title" id={`${id}-label`}>
            Already known to the agency? Link the person instead of creating a new record.
          </p>
          <p className="usa-hint margin-top-0" id={`${id}-hint`}>
            Up and Down arrows move, Enter links, Escape hides the list.
          </p>
          <ul
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA listbox pattern: the list takes focus and names its active option (aria-activedescendant)
            role="listbox"
            id={id}
            tabIndex={0}
            className="intake-matches__list"
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint`}
            aria-activedescendant={`${id}-${current}`}
            onKeyDown={onKeyDown}
          >
            {matches.map((m, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for its active option
              // biome-ignore lint/a11y/useFocusableInteractive: options are not focused; the listbox points at the active one
              <li
                key={m.id}
                id={`${id}-${i}`}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above
                role="option"
                aria-selected={i === current}
                className={`intake-matches__option${i === current ? ' is-active' : ''}`}
                onClick={() => linkPerson(index, m)}
                onMouseEnter={() => setActive(i)}
              >
                {matchText(m)}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="usa-button usa-button--unstyled margin-top-1"
            onClick={() => setDismissed(query)}
          >
            None of these: hide the list
          </button>
        </div>
      )}
    </div>
  );
}
