import type { Allegation, Recommendation, ReportPerson } from '../reports/access-report.schema';

// Structural subsets of the draft document (access-report.schema.ts) that the rules read, so the
// API can pass its own objects and the web its form values. Arrays may be missing in a draft.

export type PersonRole = ReportPerson['roles'][number];
type Descriptor = Allegation['descriptors'][number];

export type RulePerson = {
  key: string;
  /** The registry's person id, once the person is linked or saved (DUPLICATE-OF compares children by it). */
  personId?: string | null;
  roles?: readonly PersonRole[] | null;
  dateOfBirth?: string | null;
  approximateAge?: number | null;
  indianChild?: ReportPerson['indianChild'];
};

export type RuleIndicator = { childKey: string; code: string };

export type RuleAllegation = {
  key?: string;
  childKey?: string | null;
  maltreaterKeys?: readonly string[] | null;
  maltreatmentType?: Allegation['maltreatmentType'];
  descriptors?: readonly Descriptor[] | null;
  maltreaterRelationship?: Allegation['maltreaterRelationship'];
};

/** A recommendation (draft, submit) or a supervisor's decision: the same fields. */
export type RuleScreening = {
  decision?: Recommendation['decision'];
  screenOutReason?: Recommendation['screenOutReason'];
  responseTime?: Recommendation['responseTime'];
  rationale?: string | null;
  /** With screenOutReason DUPLICATE_REPORT: the original (DUPLICATE-OF). */
  duplicateOfReportId?: string | null;
};

export type RuleReport = {
  /** The report's own id, once it has one (a report is no duplicate of itself). */
  id?: string | null;
  receivedAt?: string | Date | null;
  presentDangerThreat?: boolean | null;
  persons?: readonly RulePerson[] | null;
  indicators?: readonly RuleIndicator[] | null;
  allegations?: readonly RuleAllegation[] | null;
  recommendation?: RuleScreening | null;
  /** Household relationships (household.schema.ts): ST-NEGLECT reads the recorded caregivers. */
  relationships?: readonly RuleRelationship[] | null;
};

export type RuleRelationship = { fromKey: string; toKey: string; type: string };

/** The signed-in user as the rules see them (User of auth.schema.ts fits). */
export type RuleActor = { sexTraffickingTrainingCompletedOn?: string | null };

export const SEX_TRAFFICKING = 'SEX_TRAFFICKING' satisfies Descriptor;

/** A "child sex trafficking allegation": any allegation carrying the descriptor. */
export function hasSexTrafficking(allegation: Pick<RuleAllegation, 'descriptors'>): boolean {
  return (allegation.descriptors ?? []).includes(SEX_TRAFFICKING);
}

/** ST-SCREEN-IN applies: the report has a sex trafficking allegation. */
export function mustScreenIn(report: Pick<RuleReport, 'allegations'>): boolean {
  return (report.allegations ?? []).some(hasSexTrafficking);
}

/** PRESENT-DANGER: the only response time allowed, or null when any may be chosen. */
export function responseTimeRequired(report: Pick<RuleReport, 'presentDangerThreat'>): 'SAME_DAY' | null {
  return report.presentDangerThreat ? 'SAME_DAY' : null;
}

export function hasRole(person: Pick<RulePerson, 'roles'> | undefined, role: PersonRole): boolean {
  return (person?.roles ?? []).includes(role);
}
