import { z } from 'zod';

// Household relationships and trafficking identifiers of a report (docs/domain.md "Relationships",
// "Trafficking identifiers"): the draft body's `relationships` and `identifiers`, their normal forms
// and the input checks that answer 400.

export const householdRelationshipTypes = [
  'PARENT_OF',
  'STEP_PARENT_OF',
  'GUARDIAN_OF',
  'FOSTER_PARENT_OF',
  'PARTNER_OF_PARENT',
  'SIBLING_OF',
  'RELATIVE_OF',
  'ROMANTIC_PARTNER_OF',
  'OTHER',
] as const;
export type HouseholdRelationshipType = (typeof householdRelationshipTypes)[number];

/** The recorded relationships that make `from` a caregiver of `to` (ST-NEGLECT reads them). */
export const caregiverRelationshipTypes: readonly HouseholdRelationshipType[] = [
  'PARENT_OF',
  'STEP_PARENT_OF',
  'GUARDIAN_OF',
  'FOSTER_PARENT_OF',
];

export const identifierKinds = [
  'ALIAS',
  'PHONE',
  'EMAIL',
  'SOCIAL_HANDLE',
  'VEHICLE_PLATE',
  'VEHICLE_DESCRIPTION',
  'LOCATION',
  'ONLINE_AD',
] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

const key = z
  .string()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, "-" and "_"');

const noNul = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const householdRelationshipTypeSchema = z.enum(householdRelationshipTypes);
export const identifierKindSchema = z.enum(identifierKinds);

export const relationshipEntrySchema = z.object({
  fromKey: key,
  toKey: key,
  type: householdRelationshipTypeSchema,
});
export type RelationshipEntry = z.infer<typeof relationshipEntrySchema>;

export const identifierEntrySchema = z.object({
  key,
  personKey: key.nullish(),
  kind: identifierKindSchema,
  value: noNul(500),
  platform: noNul(100).nullish(),
});
export type IdentifierEntry = z.infer<typeof identifierEntrySchema>;

/**
 * The normal form two reports are matched on: phones their digits (an 11-digit number starting
 * with the US 1 loses it); handles and emails lower-case without a leading "@"; plates upper-case
 * without spaces or dashes; every other kind lower-case, trimmed, runs of white space made one space.
 * An empty result means the value names nothing (a 400).
 */
export function normalizeIdentifier(kind: IdentifierKind, value: string): string {
  switch (kind) {
    case 'PHONE': {
      const digits = value.replace(/\D/g, '');
      return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    }
    case 'SOCIAL_HANDLE':
    case 'EMAIL':
      return value.trim().replace(/^@+/, '').trim().toLowerCase();
    case 'VEHICLE_PLATE':
      return value.replace(/[\s-]+/g, '').toUpperCase();
    default:
      return value.trim().replace(/\s+/g, ' ').toLowerCase();
  }
}

type Issue = { path: string; message: string };
type Keyed = { key: string };

/** Relationships: both keys people of the report, not to oneself, no exact duplicate. */
export function relationshipIssues(
  persons: readonly Keyed[],
  relationships: readonly { fromKey: string; toKey: string; type: string }[],
): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set(persons.map((p) => p.key));
  const seen = new Map<string, number>();
  relationships.forEach((r, i) => {
    const at = `relationships.${i}`;
    if (!keys.has(r.fromKey))
      issues.push({ path: `${at}.fromKey`, message: `"${r.fromKey}" names no person of this report` });
    if (!keys.has(r.toKey))
      issues.push({ path: `${at}.toKey`, message: `"${r.toKey}" names no person of this report` });
    if (r.fromKey === r.toKey)
      issues.push({ path: `${at}.toKey`, message: 'must name another person: a person is not related to themselves' });
    const id = `${r.fromKey}\u0000${r.type}\u0000${r.toKey}`;
    const first = seen.get(id);
    if (first !== undefined)
      issues.push({ path: at, message: `repeats relationships.${first}: record each relationship once` });
    else seen.set(id, i);
  });
  return issues;
}

/** Identifiers: unique keys, a person of the report or none, a platform for handles, a value that normalizes to something. */
export function identifierIssues(
  persons: readonly Keyed[],
  identifiers: readonly {
    key: string;
    personKey?: string | null;
    kind: IdentifierKind;
    value: string;
    platform?: string | null;
  }[],
): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set(persons.map((p) => p.key));
  const used = new Set<string>();
  identifiers.forEach((identifier, i) => {
    const at = `identifiers.${i}`;
    if (used.has(identifier.key))
      issues.push({ path: `${at}.key`, message: `"${identifier.key}" is used by another identifier of this report` });
    used.add(identifier.key);
    if (identifier.personKey && !keys.has(identifier.personKey))
      issues.push({ path: `${at}.personKey`, message: `"${identifier.personKey}" names no person of this report` });
    if (identifier.kind === 'SOCIAL_HANDLE' && !identifier.platform?.trim())
      issues.push({ path: `${at}.platform`, message: 'is required for a social media handle: name the app or site' });
    if (normalizeIdentifier(identifier.kind, identifier.value) === '')
      issues.push({
        path: `${at}.value`,
        message: 'must hold something to match on, e.g. the digits of a phone number',
      });
  });
  return issues;
}

/** True when a caregiver relationship (parent, step-parent, guardian, foster parent) from `fromKey` to `toKey` is recorded. */
export function recordedCaregiver(
  relationships: readonly { fromKey: string; toKey: string; type: string }[] | null | undefined,
  fromKey: string,
  toKey: string,
): boolean {
  return (relationships ?? []).some(
    (r) =>
      r.fromKey === fromKey && r.toKey === toKey && (caregiverRelationshipTypes as readonly string[]).includes(r.type),
  );
}
