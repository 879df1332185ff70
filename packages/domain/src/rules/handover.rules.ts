import type { reportStatuses, roles } from '../codes/code-lists';
import { staleVersionMessage } from './access-report.rules';
import type { RuleAllegation } from './rule-report';
import type { Violation } from './violation';

// Hand a report on, discard a draft, transfer a report (docs/domain.md, "Assignee", "Discarded
// draft", "Transfer"): the lifecycle checks (the API's 409) and rule DISCARD-ALLEGATION (its 403).

type Status = (typeof reportStatuses)[number];
type State = { status: Status; version: number };

/**
 * What an assignment sets in this status: the draft's assignee, or after screen-in the initial
 * assessment worker; null when the report cannot be assigned now.
 */
export function assignmentKindFor(status: Status): 'ASSIGNEE' | 'INITIAL_ASSESSMENT' | null {
  if (status === 'DRAFT') return 'ASSIGNEE';
  if (status === 'SCREENED_IN') return 'INITIAL_ASSESSMENT';
  return null;
}

const discardedMessage = 'The draft was discarded and can no longer be changed';

/** Why the report cannot be assigned at this version, or null. */
export function assignmentConflict(report: State, version: number): string | null {
  if (report.status === 'DISCARDED') return discardedMessage;
  if (assignmentKindFor(report.status) === null) {
    return report.status === 'AWAITING_SUPERVISOR'
      ? 'A report awaiting the supervisor is not handed on; after screen-in the supervisor assigns the initial assessment worker'
      : 'A screened-out report is not assigned to anyone';
  }
  if (report.version !== version) return staleVersionMessage(report.version);
  return null;
}

/** Why the report cannot be discarded at this version, or null: only a draft is. */
export function discardConflict(report: State, version: number): string | null {
  if (report.status === 'DISCARDED') return 'The draft was discarded already';
  if (report.status !== 'DRAFT') return 'Only a draft can be discarded: a submitted report is a record and is kept';
  if (report.version !== version) return staleVersionMessage(report.version);
  return null;
}

/** Why the report cannot be transferred at this version, or null: a draft or a report awaiting a decision. */
export function transferConflict(report: State, version: number): string | null {
  if (report.status === 'DISCARDED') return discardedMessage;
  if (report.status !== 'DRAFT' && report.status !== 'AWAITING_SUPERVISOR') {
    return 'A report that has been decided stays in its county';
  }
  if (report.version !== version) return staleVersionMessage(report.version);
  return null;
}

/**
 * An allegation a draft "records": one with anything chosen (a child, a type, a descriptor, an
 * alleged maltreater or their relationship to the child). An empty allegation row added by a click
 * records nothing.
 */
export function recordsAllegation(report: { allegations?: readonly RuleAllegation[] | null }): boolean {
  return (report.allegations ?? []).some(
    (a) =>
      Boolean(a.childKey) ||
      Boolean(a.maltreatmentType) ||
      (a.descriptors ?? []).length > 0 ||
      (a.maltreaterKeys ?? []).length > 0 ||
      Boolean(a.maltreaterRelationship),
  );
}

/** DISCARD-ALLEGATION: a draft that records an allegation may be discarded only by a supervisor. */
export function discardViolation(
  report: { allegations?: readonly RuleAllegation[] | null },
  actor: { role: (typeof roles)[number] },
): Violation | null {
  if (actor.role === 'SUPERVISOR' || !recordsAllegation(report)) return null;
  return {
    rule: 'DISCARD-ALLEGATION',
    path: 'allegations',
    message:
      'Only a supervisor can discard a draft that records an allegation: nothing reported about a child may be set aside without a second person. Ask your supervisor, or hand the draft on.',
  };
}
