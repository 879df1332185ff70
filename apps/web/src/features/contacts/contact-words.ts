import {
  type AccessReport,
  allegedVictimIds,
  type ContactKind,
  type ContactOutcome,
  contactKinds,
  contactOutcomes,
  type ReportPersonView,
} from '@cps/domain';
import { personName } from '../screening/labels';

// The words of initial contacts, and whom each kind of contact may name.

const label = <C extends string>(list: readonly { code: C; label: string }[]) => {
  const labels = new Map<string, string>(list.map((i) => [i.code, i.label]));
  return (code: C) => labels.get(code) ?? code;
};

export const contactKindLabel = label<ContactKind>(contactKinds);
export const contactOutcomeLabel = label<ContactOutcome>(contactOutcomes);

export type ContactPerson = { personId: string; name: string; allegedVictim: boolean };

/** The people a contact of this kind may name: children for a child seen, the other people for a parent or caregiver seen. */
export function peopleFor(report: Pick<AccessReport, 'persons' | 'allegations'>, kind: ContactKind): ContactPerson[] {
  const victims = allegedVictimIds(report);
  return report.persons
    .filter((p) => p.roles.includes('CHILD') === (kind === 'CHILD_SEEN'))
    .map((p: ReportPersonView) => ({
      personId: p.personId,
      name: personName(p),
      allegedVictim: victims.has(p.personId),
    }));
}

/** A person of the report by registry id, named for a table. */
export function contactPersonName(report: Pick<AccessReport, 'persons'>, personId: string): string {
  return personName(report.persons.find((p) => p.personId === personId));
}
