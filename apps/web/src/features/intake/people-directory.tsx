import type { PersonRole } from '@cps/domain';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { IntakeValues } from './intake-form.schema';
import { fullName, personLabel } from './people';

export type DirectoryEntry = { key: string; number: number; label: string; name: string; roles: readonly PersonRole[] };

const DirectoryContext = createContext<readonly DirectoryEntry[]>([]);

/** Names settle this long after the last keystroke before the pickers show them. */
const NAME_DELAY_MS = 300;

const structureOf = (signature: string) =>
  JSON.stringify((JSON.parse(signature) as DirectoryEntry[]).map((e) => [e.key, e.roles]));

/**
 * Who is in the report, for the allegation and safety pickers. Watches the people once and hands
 * out a new list only when a key, role or name changes, so typing a date of birth re-renders no
 * allegation. A new person or role shows at once; a name being typed, once it settles, so ten
 * allegations do not re-render on every keystroke of a name.
 */
export function PeopleDirectoryProvider({ children }: { children: ReactNode }) {
  const { control } = useFormContext<IntakeValues>();
  const persons = useWatch({ control, name: 'persons' }) ?? [];
  const signature = JSON.stringify(
    persons.map((p, i) => ({
      key: p.key,
      number: i + 1,
      label: personLabel(p),
      name: fullName(p),
      roles: p.roles ?? [],
    })),
  );
  const [settled, setSettled] = useState(signature);
  const immediate = structureOf(signature) !== structureOf(settled);
  const shown = immediate ? signature : settled;

  useEffect(() => {
    if (signature === settled) return;
    const timer = setTimeout(() => setSettled(signature), immediate ? 0 : NAME_DELAY_MS);
    return () => clearTimeout(timer);
  }, [signature, settled, immediate]);

  const value = useMemo(() => JSON.parse(shown) as DirectoryEntry[], [shown]);
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function usePeopleDirectory(): readonly DirectoryEntry[] {
  return useContext(DirectoryContext);
}

export function useChildren(): readonly DirectoryEntry[] {
  const people = usePeopleDirectory();
  return useMemo(() => people.filter((p) => p.roles.includes('CHILD')), [people]);
}
