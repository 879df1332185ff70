import crypto from 'node:crypto';
import { addressView, currentLocationView, type Draft, nameKey, type ReportPerson } from '@cps/domain';
import type { SessionUser } from '../common/auth.decorators';
import { fromDateOnly, toDateOnly } from '../users/user.mapper';
import { type OriginalRow, PERSON_DETAIL_COLUMNS, type PersonRow, type ReportRow } from './access-report.columns';
import type { NewReportRow } from './access-report.statements';
import { householdUnchanged, identifierRows, relationshipRows } from './household-rows';

// A draft (the document a worker writes) as the rows it is stored in, and back: the person
// details go field by field through their column list, so a new detail needs no change here.

export type DetailField = keyof typeof PERSON_DETAIL_COLUMNS;
export const DETAIL_FIELDS = Object.keys(PERSON_DETAIL_COLUMNS) as DetailField[];

/** What a report records about a person (report_persons), besides their roles and approximate age. */
export type Details = Pick<PersonRow, DetailField>;

/** A detail as the document gives it: `date` columns as YYYY-MM-DD. */
type DocumentDetails = { [F in DetailField]: Details[F] extends Date | null ? string | null : Details[F] };

export const NO_DETAILS = Object.fromEntries(DETAIL_FIELDS.map((f) => [f, null])) as Details;

/** The draft's values; a field the draft leaves out (undefined) keeps the one from `base`, null clears it. Details only. */
export function detailsOf(p: ReportPerson, base: Details): Details {
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    const given = p[field];
    if (given === undefined) details[field] = base[field];
    else if (field === 'address') details[field] = addressView(p.address);
    else details[field] = PERSON_DETAIL_COLUMNS[field] === 'date' ? fromDateOnly(given as string | null) : given;
  }
  return details as Details;
}

/** The registry's identifying basics (search answers with them) from what a report records. */
export function registryBasics(d: Details) {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    firstNameKey: nameKey(d.firstName),
    lastNameKey: nameKey(d.lastName),
    dateOfBirth: d.dateOfBirth,
    gender: d.gender,
  };
}

/** The details as the document shows them. */
export function documentDetails(row: Details): DocumentDetails {
  return Object.fromEntries(
    DETAIL_FIELDS.map((field) => {
      const value = row[field];
      return [field, value instanceof Date ? toDateOnly(value) : value];
    }),
  ) as DocumentDetails;
}

/** The report's own columns a draft writes (not its number or lifecycle). */
export function reportColumns(draft: Draft) {
  return {
    countyCode: draft.countyCode,
    receivedAt: draft.receivedAt ? new Date(draft.receivedAt) : null,
    reporterType: draft.reporter?.type ?? null,
    reporterName: draft.reporter?.anonymous ? null : (draft.reporter?.name ?? null),
    reporterPhone: draft.reporter?.anonymous ? null : (draft.reporter?.phone ?? null),
    reporterAnonymous: draft.reporter?.anonymous ?? false,
    narrative: draft.narrative ?? null,
    presentDangerThreat: draft.presentDangerThreat ?? null,
    ...reportDetailColumns(draft),
  };
}

/** Issue 13's columns of the report: a part left out of a PUT is cleared, like every report field. */
export function reportDetailColumns(draft: Draft) {
  const incident = draft.incident;
  const safety = draft.workerSafetyConcerns;
  return {
    reporterRelationshipToChild: draft.reporter?.relationshipToChild ?? null,
    reporterMandatedReporter: draft.reporter?.mandatedReporter ?? null,
    incidentOccurredOn: fromDateOnly(incident?.occurredOn ?? null),
    incidentOccurredOnIsApproximate: incident?.occurredOnIsApproximate ?? false,
    incidentLocationType: incident?.locationType ?? null,
    incidentAddress: addressView(incident?.address),
    incidentDescription: incident?.description ?? null,
    workerSafetyConcernsPresent: safety?.present ?? null,
    workerSafetyConcernsDescription: safety?.description ?? null,
  };
}

/** Where a child is now as stored: every field present (null when the draft leaves it out). */
export function currentLocationColumn(p: ReportPerson) {
  return currentLocationView(p.currentLocation);
}

/** The original a draft's recommendation names: only with a screen-out as DUPLICATE_REPORT (as storedChoice). */
export function draftDuplicateOf(r: Draft['recommendation']): string | null {
  return r?.decision === 'SCREEN_OUT' && r.screenOutReason === 'DUPLICATE_REPORT'
    ? (r.duplicateOfReportId ?? null)
    : null;
}

/** A recommendation as stored while the report is a draft (no one has recommended it yet). */
export function recommendationColumns(r: NonNullable<Draft['recommendation']>) {
  return {
    decision: r.decision ?? null,
    screenOutReason: r.screenOutReason ?? null,
    responseTime: r.responseTime ?? null,
    rationale: r.rationale ?? null,
    duplicateOfId: draftDuplicateOf(r),
  };
}

/** Who a new report belongs to: its creator is its assignee (domain.md, "Assignee"); nothing discarded yet. */
export function newReportOwnership(user: SessionUser) {
  return {
    assignedToId: user.id,
    initialAssessmentWorkerId: null,
    discardedAt: null,
    discardedById: null,
    discardReason: null,
  };
}

/** A draft whose people are all new (none linked by search): the usual call, written in one statement. */
export function isAllNew(draft: Draft): boolean {
  return draft.persons.every((p) => !p.personId);
}

/** The rows of a new report whose people are all new, ids made here, as the mapper reads them. */
export function newReportRow(
  draft: Draft,
  user: SessionUser,
  now: Date,
  original: OriginalRow | null = null,
): NewReportRow {
  const reportId = crypto.randomUUID();
  const personIds = new Map(draft.persons.map((p) => [p.key, crypto.randomUUID()]));
  // Keys were checked (draftIssues): every key a draft refers to is one of its people.
  const id = (key: string) => personIds.get(key) ?? '';
  const r = draft.recommendation;
  return {
    id: reportId,
    ...reportColumns(draft),
    status: 'DRAFT',
    version: 1,
    createdById: user.id,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    ...newReportOwnership(user),
    createdBy: { id: user.id, name: user.name },
    assignedTo: { id: user.id, name: user.name },
    initialAssessmentWorker: null,
    discardedBy: null,
    persons: draft.persons.map((p, position) => ({
      reportId,
      countyCode: draft.countyCode,
      personId: id(p.key),
      key: p.key,
      roles: p.roles,
      ...detailsOf(p, NO_DETAILS),
      approximateAge: p.approximateAge ?? null,
      position,
      currentLocation: currentLocationColumn(p),
    })),
    indicators: draft.indicators.map((i) => ({ reportId, childId: id(i.childKey), code: i.code })),
    relationships: relationshipRows(draft, reportId, id),
    identifiers: identifierRows(draft, reportId, id),
    allegations: draft.allegations.map((a, position) => {
      const allegationId = crypto.randomUUID();
      return {
        ...allegationRow(a, { id: allegationId, reportId, position }, id),
        maltreaters: a.maltreaterKeys.map((k) => ({ allegationId, personId: id(k) })),
        finding: null,
      };
    }),
    recommendation: r
      ? {
          reportId,
          ...recommendationColumns(r),
          recommendedById: null,
          recommendedAt: null,
          recommendedBy: null,
          duplicateOf: original,
        }
      : null,
    decision: null,
    lawEnforcementNotifications: [],
    tribalNotifications: [],
    contacts: [],
    transfers: [],
    decidedDuplicates: [],
    recommendedDuplicates: [],
  };
}

// Most autosaves change the report's own fields (the narrative as the caller talks), not its
// people, allegations, indicators or recommendation. When those parts are as stored, the save
// writes the report row alone. A draft field left out (undefined) keeps the stored value.

/** JSON with object keys sorted: a jsonb value read back has its keys in PostgreSQL's order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const kept = (given: unknown, stored: unknown) => given === undefined || same(given ?? null, stored ?? null);

export function partsUnchanged(row: ReportRow, draft: Draft): boolean {
  const keyOf = new Map(row.persons.map((p) => [p.personId, p.key]));
  const key = (id: string | null) => (id ? (keyOf.get(id) ?? null) : null);
  if (row.persons.length !== draft.persons.length || row.allegations.length !== draft.allegations.length) return false;
  const peopleSame = draft.persons.every((p, i) => {
    const rp = row.persons[i];
    if (!rp) return false;
    const stored = documentDetails(rp);
    return (
      p.key === rp.key &&
      (!p.personId || p.personId === rp.personId) &&
      same(p.roles, rp.roles) &&
      (p.approximateAge ?? null) === rp.approximateAge &&
      same(currentLocationColumn(p), rp.currentLocation) &&
      DETAIL_FIELDS.every((field) =>
        kept(field === 'address' && p.address !== undefined ? addressView(p.address) : p[field], stored[field]),
      )
    );
  });
  const allegationsSame = draft.allegations.every((a, i) => {
    const ra = row.allegations[i];
    if (!ra) return false;
    return (
      a.key === ra.key &&
      (a.childKey ?? null) === key(ra.childId) &&
      same(
        a.maltreaterKeys,
        ra.maltreaters.map((m) => key(m.personId)),
      ) &&
      (a.maltreatmentType ?? null) === ra.maltreatmentType &&
      same(a.descriptors, ra.descriptors) &&
      (a.maltreaterRelationship ?? null) === ra.maltreaterRelationship
    );
  });
  const indicatorsSame = same(
    draft.indicators.map((i) => `${i.childKey}:${i.code}`).sort(),
    row.indicators.map((i) => `${key(i.childId)}:${i.code}`).sort(),
  );
  const r = draft.recommendation;
  const s = row.recommendation;
  const recommendationSame = r
    ? !!s &&
      (r.decision ?? null) === s.decision &&
      (r.screenOutReason ?? null) === s.screenOutReason &&
      (r.responseTime ?? null) === s.responseTime &&
      (r.rationale ?? null) === s.rationale &&
      draftDuplicateOf(r) === s.duplicateOfId
    : !s;
  return peopleSame && allegationsSame && indicatorsSame && recommendationSame && householdUnchanged(row, draft, key);
}

/** An allegation of the draft as its row: the columns of ALLEGATION_COLUMNS. */
export function allegationRow(
  a: Draft['allegations'][number],
  at: { id: string; reportId: string; position: number },
  id: (key: string) => string,
) {
  return {
    id: at.id,
    reportId: at.reportId,
    key: a.key,
    childId: a.childKey ? id(a.childKey) : null,
    maltreatmentType: a.maltreatmentType ?? null,
    descriptors: a.descriptors,
    maltreaterRelationship: a.maltreaterRelationship ?? null,
    position: at.position,
  };
}
