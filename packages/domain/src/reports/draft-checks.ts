import {
  hasRole,
  type RuleAllegation,
  type RulePerson,
  type RuleReport,
  type RuleScreening,
} from '../rules/rule-report';
import { chicagoDate, isCalendarDate } from '../time/chicago';
import { DUPLICATE_NEEDS_ORIGINAL } from './access-report.schema';
import { type DetailCheckedDraft, draftDetailIssues, submitDetailIssues } from './details-checks';
import { type IdentifierEntry, identifierIssues, relationshipIssues } from './household.schema';

// Input checks that answer 400 with `issues` (docs/http-api.md error order: after 404, before 409 and 422).
// They run after the zod schema; messages follow the schema's style, read after the field's path.

export type InputIssue = { path: string; message: string };

export type CheckedPerson = RulePerson & {
  personId?: string | null;
  gender?: string | null;
  hispanicEthnicity?: string | null;
  primaryRace?: string | null;
  tribe?: string | null;
};

export type CheckedDraft = Omit<RuleReport, 'persons' | 'allegations'> &
  Omit<DetailCheckedDraft, 'persons'> & {
    reporter?: { type?: string | null; name?: string | null; phone?: string | null; anonymous?: boolean | null } | null;
    narrative?: string | null;
    persons?: readonly (CheckedPerson & NonNullable<DetailCheckedDraft['persons']>[number])[] | null;
    allegations?: readonly (RuleAllegation & { key: string })[] | null;
    identifiers?: readonly IdentifierEntry[] | null;
  };

/** A received time more than this far after "now" is refused as in the future. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** Broken keys and references, duplicates, future dates and a named anonymous reporter. */
export function draftIssues(draft: CheckedDraft, now: Date): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const persons = draft.persons ?? [];
  const allegations = draft.allegations ?? [];

  if (draft.receivedAt) {
    const received = new Date(draft.receivedAt).getTime();
    if (Number.isNaN(received)) add('receivedAt', 'must be an ISO 8601 date-time with a zone');
    else if (received > now.getTime() + FUTURE_TOLERANCE_MS) add('receivedAt', 'must not be in the future');
  }

  if (draft.reporter?.anonymous) {
    if (!blank(draft.reporter.name)) add('reporter.name', 'must be empty for an anonymous reporter');
    if (!blank(draft.reporter.phone)) add('reporter.phone', 'must be empty for an anonymous reporter');
  }

  const today = chicagoDate(now);
  const personByKey = new Map<string, CheckedPerson>();
  const firstLink = new Map<string, number>();
  persons.forEach((person, i) => {
    if (personByKey.has(person.key))
      add(`persons.${i}.key`, `"${person.key}" is used by another person of this report`);
    else personByKey.set(person.key, person);
    if (person.personId) {
      const first = firstLink.get(person.personId);
      if (first !== undefined)
        add(`persons.${i}.personId`, `links the same person as persons.${first}: list each person once`);
      else firstLink.set(person.personId, i);
    }
    if (person.dateOfBirth && isCalendarDate(person.dateOfBirth) && person.dateOfBirth > today) {
      add(`persons.${i}.dateOfBirth`, 'must not be in the future');
    }
  });

  issues.push(...draftDetailIssues(draft, today));

  const childIssue = (key: string): string | null => {
    const person = personByKey.get(key);
    if (!person) return `"${key}" names no person of this report`;
    return hasRole(person, 'CHILD') ? null : `"${key}" must name a person with the role CHILD`;
  };

  const indicatorsSeen = new Set<string>();
  (draft.indicators ?? []).forEach((indicator, i) => {
    const problem = childIssue(indicator.childKey);
    if (problem) add(`indicators.${i}.childKey`, problem);
    const id = `${indicator.childKey}\u0000${indicator.code}`;
    if (indicatorsSeen.has(id)) add(`indicators.${i}`, 'repeats an indicator already recorded for this child');
    indicatorsSeen.add(id);
  });

  const allegationKeys = new Set<string>();
  const childAndType = new Map<string, number>();
  allegations.forEach((allegation, i) => {
    const at = `allegations.${i}`;
    if (allegationKeys.has(allegation.key))
      add(`${at}.key`, `"${allegation.key}" is used by another allegation of this report`);
    allegationKeys.add(allegation.key);

    const childKey = allegation.childKey;
    if (childKey) {
      const problem = childIssue(childKey);
      if (problem) add(`${at}.childKey`, problem);
    }

    const listed = new Set<string>();
    (allegation.maltreaterKeys ?? []).forEach((key, j) => {
      const path = `${at}.maltreaterKeys.${j}`;
      const person = personByKey.get(key);
      if (listed.has(key)) add(path, `"${key}" is listed twice for this allegation`);
      else if (key === childKey)
        add(path, `"${key}" is the child of this allegation and cannot also be its alleged maltreater`);
      else if (!person) add(path, `"${key}" names no person of this report`);
      else if (!hasRole(person, 'ALLEGED_MALTREATER'))
        add(path, `"${key}" must name a person with the role ALLEGED_MALTREATER`);
      listed.add(key);
    });

    if (childKey && allegation.maltreatmentType) {
      const id = `${childKey}\u0000${allegation.maltreatmentType}`;
      const first = childAndType.get(id);
      if (first !== undefined) {
        add(
          `${at}.maltreatmentType`,
          `repeats allegations.${first}: a child can have several allegations only of different types`,
        );
      } else childAndType.set(id, i);
    }
  });

  issues.push(...relationshipIssues(persons, draft.relationships ?? []));
  issues.push(...identifierIssues(persons, draft.identifiers ?? []));
  return issues;
}

const REQUIRED = 'is required to submit';

/**
 * What POST /submit needs beyond a valid draft (docs/http-api.md): received time, reporter type, a
 * narrative, a child and an allegation, the child's demographics, and a complete recommendation.
 * Age may be unknown; an alleged maltreater needs only key and roles; people without an
 * allegation are allowed. Run draftIssues too: submit answers 400 with both lists.
 */
export function submitIssues(draft: CheckedDraft, recommendation: RuleScreening | null | undefined): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const persons = draft.persons ?? [];
  const allegations = draft.allegations ?? [];

  if (!draft.receivedAt) add('receivedAt', REQUIRED);
  if (!draft.reporter?.type) add('reporter.type', `${REQUIRED} (ANONYMOUS when even the kind of reporter is unknown)`);
  if (blank(draft.narrative)) add('narrative', REQUIRED);
  // Not knowing is not an answer: the same-day response of PRESENT-DANGER hangs on it.
  if (draft.presentDangerThreat !== true && draft.presentDangerThreat !== false)
    add('presentDangerThreat', 'needs an answer, yes or no, to submit');

  if (!persons.some((p) => hasRole(p, 'CHILD')))
    add('persons', 'needs at least one person with the role CHILD to submit');
  persons.forEach((person, i) => {
    if (!hasRole(person, 'CHILD')) return;
    for (const field of ['gender', 'hispanicEthnicity', 'primaryRace', 'indianChild'] as const) {
      if (!person[field]) add(`persons.${i}.${field}`, `${REQUIRED} for a child`);
    }
    if (person.indianChild === 'YES' && blank(person.tribe))
      add(`persons.${i}.tribe`, `${REQUIRED} for an Indian child`);
  });
  issues.push(...submitDetailIssues(draft));

  if (allegations.length === 0) add('allegations', 'needs at least one allegation to submit');
  allegations.forEach((allegation, i) => {
    if (!allegation.childKey) add(`allegations.${i}.childKey`, REQUIRED);
    if (!allegation.maltreatmentType) add(`allegations.${i}.maltreatmentType`, REQUIRED);
  });

  if (!recommendation?.decision) add('recommendation.decision', REQUIRED);
  if (recommendation?.decision === 'SCREEN_OUT' && !recommendation.screenOutReason) {
    add('recommendation.screenOutReason', 'is required when screening out');
  }
  if (
    recommendation?.decision === 'SCREEN_OUT' &&
    recommendation.screenOutReason === 'DUPLICATE_REPORT' &&
    !recommendation.duplicateOfReportId
  ) {
    add('recommendation.duplicateOfReportId', DUPLICATE_NEEDS_ORIGINAL);
  }
  if (recommendation?.decision === 'SCREEN_IN' && !recommendation.responseTime) {
    add('recommendation.responseTime', 'is required when screening in');
  }
  if (blank(recommendation?.rationale)) add('recommendation.rationale', `${REQUIRED}: say why`);

  return issues;
}
