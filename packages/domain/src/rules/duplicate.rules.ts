import type { reportStatuses } from '../codes/code-lists';
import { hasRole, hasSexTrafficking, type RuleReport, type RuleScreening } from './rule-report';
import type { ScreeningPath } from './screening.rules';
import type { Violation } from './violation';

// DUPLICATE-OF, and the one exception it opens in ST-SCREEN-IN: a later report about the same
// child and events is screened out as DUPLICATE_REPORT naming its original, which then lists it.

/**
 * What the rules read of the original a duplicate names, as the API looked it up in the
 * duplicate's county: `null` when there is no such report there (another county's report is
 * "no such report", so nothing about it leaks). `undefined` means "not known yet" (the browser
 * before the server answers): the rule is then pending, neither passed nor broken.
 */
export type DuplicateOriginal = {
  id: string;
  status: (typeof reportStatuses)[number];
  /** Person ids of the original's children (role CHILD). */
  childIds: readonly string[];
  /** Person ids of the original's children with a sex trafficking allegation. */
  sexTraffickingChildIds: readonly string[];
};

/** The facts of DuplicateOriginal from a report's people and allegations (ids of the person registry). */
export function duplicateOriginalOf(report: {
  id: string;
  status: DuplicateOriginal['status'];
  persons: readonly { personId: string; roles: readonly string[] }[];
  allegations: readonly { childId: string | null; descriptors: readonly string[] }[];
}): DuplicateOriginal {
  return {
    id: report.id,
    status: report.status,
    childIds: report.persons.filter((p) => p.roles.includes('CHILD')).map((p) => p.personId),
    sexTraffickingChildIds: report.allegations
      .filter((a) => a.childId !== null && a.descriptors.includes('SEX_TRAFFICKING'))
      .map((a) => a.childId as string),
  };
}

/** A screen-out as a duplicate: the choice DUPLICATE-OF applies to. */
export function isDuplicateScreenOut(screening: RuleScreening | null | undefined): boolean {
  return screening?.decision === 'SCREEN_OUT' && screening.screenOutReason === 'DUPLICATE_REPORT';
}

const OPEN_STATUSES: readonly string[] = ['AWAITING_SUPERVISOR', 'SCREENED_IN'];

/** This report's children as person ids (a child not yet linked to the registry has none). */
function childIds(report: RuleReport): string[] {
  return (report.persons ?? []).flatMap((p) => (hasRole(p, 'CHILD') && p.personId ? [p.personId] : []));
}

/** Why the named original cannot be this report's original, or null when it can (or is not known yet). */
function originalProblem(
  report: RuleReport,
  screening: RuleScreening,
  original: DuplicateOriginal | null | undefined,
): string | null {
  if (!screening.duplicateOfReportId) {
    return 'A duplicate report must name its original: choose the earlier report about the same child and events.';
  }
  if (original === undefined) return null;
  if (original === null || original.id !== screening.duplicateOfReportId) {
    return 'The original report named was not found among the reports of your county: choose another report, or another reason.';
  }
  if (report.id && original.id === report.id) {
    return 'A report cannot be a duplicate of itself: choose the earlier report about the same child and events.';
  }
  if (!OPEN_STATUSES.includes(original.status)) {
    return 'The original must be awaiting the supervisor or screened in (not a draft, a screened-out or a discarded report): choose another report, or another reason.';
  }
  const ours = childIds(report);
  if (!original.childIds.some((id) => ours.includes(id))) {
    return 'The original names none of the children of this report: link the same child, or choose another report.';
  }
  return null;
}

/** DUPLICATE-OF: a duplicate screen-out names an open report of the county about one of the same children. */
export function duplicateOfViolations(
  report: RuleReport,
  screening: RuleScreening | null | undefined,
  original: DuplicateOriginal | null | undefined,
  at: ScreeningPath,
): Violation[] {
  if (!screening || !isDuplicateScreenOut(screening)) return [];
  const message = originalProblem(report, screening, original);
  return message ? [{ rule: 'DUPLICATE-OF', path: `${at}.duplicateOfReportId`, message }] : [];
}

/**
 * The exception of ST-SCREEN-IN: a duplicate screen-out that passes DUPLICATE-OF, whose original
 * has a sex trafficking allegation for every child that has one here (so the child is counted,
 * screened in, through the original). `undefined` when the original is not known yet.
 */
export function duplicateCarriesSexTrafficking(
  report: RuleReport,
  screening: RuleScreening | null | undefined,
  original: DuplicateOriginal | null | undefined,
): boolean | undefined {
  if (!screening || !isDuplicateScreenOut(screening)) return false;
  if (original === undefined) return screening.duplicateOfReportId ? undefined : false;
  if (originalProblem(report, screening, original) !== null || !original) return false;
  const personIdOf = new Map((report.persons ?? []).map((p) => [p.key, p.personId ?? null]));
  return (report.allegations ?? []).filter(hasSexTrafficking).every((a) => {
    const personId = a.childKey ? personIdOf.get(a.childKey) : null;
    return !!personId && original.sexTraffickingChildIds.includes(personId);
  });
}
