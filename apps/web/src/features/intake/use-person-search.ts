import { type PersonMatch, personSearchQuerySchema } from '@cps/domain';
import { useEffect, useState } from 'react';
import { searchPersons } from './intake.api';

export type SearchState = {
  status: 'idle' | 'searching' | 'done' | 'failed';
  query: string | null;
  matches: PersonMatch[];
};

const IDLE: SearchState = { status: 'idle', query: null, matches: [] };
/** Fewer letters than this match half the state. */
const MIN_LAST_NAME = 2;

/** The search a person's typed name and date of birth call for, as a stable string (null: none yet). */
export function searchQueryOf(
  lastName?: string | null,
  firstName?: string | null,
  dateOfBirth?: string | null,
): string | null {
  const last = lastName?.trim() ?? '';
  if (last.length < MIN_LAST_NAME) return null;
  const parsed = personSearchQuerySchema.safeParse({
    lastName: last,
    firstName: firstName?.trim() || undefined,
    dateOfBirth: dateOfBirth || undefined,
  });
  if (!parsed.success) return null;
  return JSON.stringify(parsed.data);
}

/** Debounced GET /api/persons/search as the name is typed; a newer query cancels an older one. */
export function usePersonSearch(query: string | null, delayMs: number): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  useEffect(() => {
    if (query === null) {
      setState(IDLE);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, status: 'searching', query }));
      searchPersons(JSON.parse(query), controller.signal).then(
        (matches) => !controller.signal.aborted && setState({ status: 'done', query, matches }),
        () => !controller.signal.aborted && setState({ status: 'failed', query, matches: [] }),
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, delayMs]);
  return state;
}
