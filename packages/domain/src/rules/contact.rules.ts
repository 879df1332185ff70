import type { ContactKind } from '../clocks/response';
import type { reportStatuses } from '../codes/code-lists';
import { FUTURE_TOLERANCE_MS, type InputIssue } from '../reports/draft-checks';

// Recording an initial contact (docs/http-api.md, "Contacts"): when it may be recorded (the API's
// 409) and what the request must say (its 400), so the form runs the same checks as the API.

export type ContactReport = {
  status: (typeof reportStatuses)[number];
  receivedAt: Date | string | null;
  persons: readonly { personId: string; roles: readonly string[] }[];
};

/** Contacts follow a screen-in: why this report takes none, or null. */
export function contactConflict(report: Pick<ContactReport, 'status'>): string | null {
  if (report.status === 'SCREENED_IN') return null;
  if (report.status === 'SCREENED_OUT')
    return 'The report was screened out: contacts are recorded only after a screen-in';
  if (report.status === 'DISCARDED') return 'The draft was discarded and is read-only';
  return 'The report has not been screened in yet: contacts are recorded after the screening decision';
}

/**
 * The contact's time (not before the report was received, not in the future beyond a few minutes of
 * clock drift) and its person: a child of the report when a child was seen, an adult of the report
 * (a person who is not one of its children) when a parent or caregiver was.
 */
export function contactIssues(
  input: { personId: string; kind: ContactKind; at: string },
  report: ContactReport,
  now: Date,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const at = new Date(input.at).getTime();
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) issues.push({ path: 'at', message: 'must not be in the future' });
  else if (report.receivedAt !== null && at < new Date(report.receivedAt).getTime()) {
    issues.push({ path: 'at', message: 'must not be before the report was received' });
  }
  const person = report.persons.find((p) => p.personId === input.personId);
  const isChild = person?.roles.includes('CHILD') ?? false;
  if (!person) issues.push({ path: 'personId', message: 'is not a person of this report' });
  else if (input.kind === 'CHILD_SEEN' && !isChild) {
    issues.push({ path: 'personId', message: 'must be a child of this report when a child was seen' });
  } else if (input.kind === 'CAREGIVER_SEEN' && isChild) {
    issues.push({
      path: 'personId',
      message: 'must be an adult of this report, not one of its children, when a parent or caregiver was seen',
    });
  }
  return issues;
}
