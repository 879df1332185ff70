import type { AccessReport, Draft, PersonMatch } from '@cps/domain';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { fieldId } from './field-paths';
import type { IntakeValues, PersonValues } from './intake-form.schema';
import { nextKey, rolePrefixes } from './people';

// Search before create. Linking sends `personId`, fills the fields search returns (name, date of
// birth, gender) and leaves the rest to the API: a field left out is filled from the person's latest
// record in this county (none for a person known only to other counties), one sent as null is
// cleared, so those fields are left out until the next save answers with the report's values,
// which then fill the form.

const INHERITED = ['hispanicEthnicity', 'primaryRace', 'indianChild', 'tribe'] as const;
type Inherited = (typeof INHERITED)[number];

const blank = (v: unknown) => v === null || v === undefined || v === '';
const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export type Linking = ReturnType<typeof createLinking>;

function createLinking(methods: UseFormReturn<IntakeValues, unknown, Draft>, initialIds: readonly string[]) {
  let personIds: ReadonlySet<string> = new Set(initialIds);
  const inherit = new Map<string, Set<Inherited>>();
  const { getValues, setValue } = methods;
  const dirty = { shouldDirty: true };

  return {
    personIds: () => personIds,

    link(index: number, match: PersonMatch): void {
      const base = `persons.${index}` as const;
      setValue(`${base}.personId`, match.id, dirty);
      setValue(`${base}.firstName`, match.firstName ?? '', dirty);
      setValue(`${base}.lastName`, match.lastName ?? '', dirty);
      if (match.dateOfBirth) setValue(`${base}.dateOfBirth`, match.dateOfBirth, dirty);
      if (match.gender) setValue(`${base}.gender`, match.gender as PersonValues['gender'], dirty);
      const person = getValues(base);
      if (!person) return;
      inherit.set(person.key, new Set(INHERITED.filter((field) => blank(person[field]))));
      focusSoon(fieldId(`${base}.personId`));
    },

    /** A new key: the API keeps a key's person from save to save, so only a new key is a new person. */
    unlink(index: number): void {
      const values = getValues();
      const person = values.persons?.[index];
      if (!person) return;
      const key = nextKey(
        rolePrefixes[person.roles?.[0] ?? 'CHILD'],
        (values.persons ?? []).map((p) => p.key),
      );
      const swap = (k: string) => (k === person.key ? key : k);
      inherit.delete(person.key);
      setValue(`persons.${index}.key`, key, dirty);
      setValue(`persons.${index}.personId`, null, dirty);
      setValue(
        'indicators',
        (values.indicators ?? []).map((i) => ({ ...i, childKey: swap(i.childKey) })),
        dirty,
      );
      setValue(
        'allegations',
        (values.allegations ?? []).map((a) => ({
          ...a,
          childKey: a.childKey ? swap(a.childKey) : a.childKey,
          maltreaterKeys: (a.maltreaterKeys ?? []).map(swap),
        })),
        dirty,
      );
      focusSoon(fieldId(`persons.${index}.firstName`));
    },

    /** The worker set the field: it is theirs now, not the record's. */
    fieldChanged(name: string): void {
      const match = /^persons\.(\d+)\.(\w+)$/.exec(name);
      if (!match) return;
      const key = getValues(`persons.${Number(match[1])}.key`);
      if (key) inherit.get(key)?.delete(match[2] as Inherited);
    },

    prepare(draft: Draft): Draft {
      if (inherit.size === 0) return draft;
      return {
        ...draft,
        persons: draft.persons.map((p) => {
          const fields = inherit.get(p.key);
          if (!fields || !p.personId) return p;
          const copy: Record<string, unknown> = { ...p };
          for (const field of fields) if (blank(copy[field])) delete copy[field];
          return copy as typeof p;
        }),
      };
    },

    /** After a save: the ids now in the report, and the linked people's own values. */
    adopt(report: AccessReport): void {
      personIds = new Set(report.persons.map((p) => p.id));
      for (const [key, fields] of [...inherit]) {
        const index = (getValues('persons') ?? []).findIndex((p) => p.key === key);
        const saved = report.persons.find((p) => p.key === key);
        // A save that started before the link answers with the old person: wait for the next.
        if (index < 0 || !saved || saved.id !== getValues(`persons.${index}.personId`)) continue;
        inherit.delete(key);
        for (const field of fields) {
          const value = saved[field];
          if (!blank(value) && blank(getValues(`persons.${index}.${field}`)))
            setValue(`persons.${index}.${field}`, value as never, dirty);
        }
      }
    },
  };
}

/** One linking helper per form (stable, so the context that hands it out never changes). */
export function useLinking(
  methods: UseFormReturn<IntakeValues, unknown, Draft>,
  initialIds: readonly string[],
): Linking {
  const [linking] = useState(() => createLinking(methods, initialIds));
  return linking;
}
