import type { PersonRole } from '@cps/domain';
import type { IntakeValues, PersonValues } from './intake-form.schema';

export const roleWords: Record<PersonRole, string> = {
  CHILD: 'Child',
  ALLEGED_MALTREATER: 'Alleged maltreater',
  HOUSEHOLD_MEMBER: 'Household member',
  PARENT: 'Parent',
};

export const rolePrefixes: Record<PersonRole, string> = {
  CHILD: 'c',
  ALLEGED_MALTREATER: 'm',
  HOUSEHOLD_MEMBER: 'h',
  PARENT: 'p',
};

/** The first free key `${prefix}1`, `${prefix}2`, … (keys only need to be unique in the report). */
export function nextKey(prefix: string, used: Iterable<string>): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function newPerson(role: PersonRole, values: IntakeValues): PersonValues {
  return {
    key: nextKey(
      rolePrefixes[role],
      (values.persons ?? []).map((p) => p.key),
    ),
    personId: null,
    firstName: '',
    lastName: '',
    dateOfBirth: null,
    approximateAge: null,
    gender: null,
    hispanicEthnicity: null,
    primaryRace: null,
    indianChild: null,
    tribe: '',
    roles: [role],
  };
}

export function fullName(person: Pick<PersonValues, 'firstName' | 'lastName'> | undefined): string {
  return [person?.firstName, person?.lastName]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
}

export function rolesText(roles: readonly PersonRole[] | undefined): string {
  const words = (roles ?? []).map((r) => roleWords[r]);
  if (words.length === 0) return 'Person';
  return [words[0], ...words.slice(1).map((w) => w.toLowerCase())].join(', ');
}

/** 'Child: Maya Thompson', 'Alleged maltreater: name not known' */
export function personLabel(person: PersonValues | undefined): string {
  return `${rolesText(person?.roles)}: ${fullName(person) || 'name not known'}`;
}
