import { isCalendarDate } from '../time/chicago';

// The checks of the incident and of where each child is now (docs/domain.md, "Incident", "Where the
// child is now"): draftDetailIssues on every save, submitDetailIssues at submit. Issues as
// draft-checks.ts gives them: a path and a message (a whole sentence when it names the child).

type Issue = { path: string; message: string };

type DetailPerson = {
  key: string;
  roles?: readonly string[] | null;
  firstName?: string | null;
  lastName?: string | null;
  currentLocation?: { known?: boolean | null; description?: string | null; safeNow?: string | null } | null;
};

export type DetailCheckedDraft = {
  presentDangerThreat?: boolean | null;
  incident?: { occurredOn?: string | null } | null;
  persons?: readonly DetailPerson[] | null;
};

const isChild = (p: DetailPerson) => (p.roles ?? []).includes('CHILD');
const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** The child as a sentence names them: "Maya Thompson", or "the child (person 2)" before a name is known. */
export function childInWords(p: DetailPerson, index: number): string {
  const name = [p.firstName, p.lastName].filter((s) => !blank(s)).join(' ');
  return name || `the child (person ${index + 1})`;
}

/** On every save: the incident date not in the future; where a person is now only for a child. */
export function draftDetailIssues(draft: DetailCheckedDraft, today: string): Issue[] {
  const issues: Issue[] = [];
  const occurredOn = draft.incident?.occurredOn;
  if (occurredOn && isCalendarDate(occurredOn) && occurredOn > today) {
    issues.push({ path: 'incident.occurredOn', message: 'must not be in the future' });
  }
  (draft.persons ?? []).forEach((p, i) => {
    if (p.currentLocation && !isChild(p)) {
      issues.push({
        path: `persons.${i}.currentLocation`,
        message: 'is recorded only for a child (role CHILD): leave it out for this person',
      });
    }
  });
  return issues;
}

/** The same-day response of PRESENT-DANGER cannot start without knowing where to go, or why not. */
export const LOCATION_WHY_NOT = 'say why the location is not known — present danger needs a same-day response';

/**
 * At submit: every child's location answered (known or not; when known, whether the child is safe
 * now); with present danger, a child whose location is not known needs a description saying why.
 */
export function submitDetailIssues(draft: DetailCheckedDraft): Issue[] {
  const issues: Issue[] = [];
  (draft.persons ?? []).forEach((p, i) => {
    if (!isChild(p)) return;
    const where = `Where ${childInWords(p, i)} is now`;
    const location = p.currentLocation;
    if (!location || (location.known !== true && location.known !== false)) {
      issues.push({ path: `persons.${i}.currentLocation.known`, message: `${where}: say whether it is known` });
      return;
    }
    if (location.known && !location.safeNow) {
      issues.push({
        path: `persons.${i}.currentLocation.safeNow`,
        message: `${where}: say whether the child is safe now (yes, no or not known)`,
      });
    }
    if (!location.known && draft.presentDangerThreat === true && blank(location.description)) {
      issues.push({ path: `persons.${i}.currentLocation.description`, message: `${where}: ${LOCATION_WHY_NOT}` });
    }
  });
  return issues;
}
