import {
  type AccessReport,
  type AddressView,
  addressView,
  computeReport,
  currentLocationView,
  type DuplicateOriginal,
  duplicateOriginalOf,
  isDuplicateScreenOut,
  mustScreenIn,
  type ReportSummary,
} from '@cps/domain';
import { toDateOnly } from '../users/user.mapper';
import type { AllegationRow, ReportRow } from './access-report.columns';
import { documentDetails } from './draft-rows';
import { householdDocument } from './household-rows';
import type { LoadedRow } from './report-read.statements';

// Database rows → the report document of docs/http-api.md. No Prisma rows on the wire.

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const who = (u: { id: string; name: string } | null | undefined) => (u ? { id: u.id, name: u.name } : null);

/** An address column (JSON written by draft-rows.ts through addressView) as the document shows it. */
function addressOf(json: unknown): AddressView | null {
  return addressView(json as AddressView | null);
}

function keysOf(row: ReportRow) {
  const keyOf = new Map(row.persons.map((p) => [p.personId, p.key]));
  return (personId: string | null) => (personId ? (keyOf.get(personId) ?? null) : null);
}

export function toAllegationDto(a: AllegationRow, keyOf: (id: string | null) => string | null) {
  return {
    id: a.id,
    key: a.key,
    childKey: keyOf(a.childId),
    maltreaterKeys: a.maltreaters.map((m) => keyOf(m.personId)).filter((k): k is string => k !== null),
    maltreatmentType: a.maltreatmentType,
    descriptors: a.descriptors,
    maltreaterRelationship: a.maltreaterRelationship,
    finding: a.finding
      ? {
          finding: a.finding.finding,
          maltreaterInterviewed: a.finding.maltreaterInterviewed,
          parentalInvolvement: a.finding.parentalInvolvement,
          rationale: a.finding.rationale,
          recordedBy: who(a.finding.recordedBy),
          recordedAt: iso(a.finding.recordedAt),
        }
      : null,
  };
}

/** The draft document part: what the worker wrote, keyed as the client keyed it. */
export function toDraftDocument(row: ReportRow) {
  const keyOf = keysOf(row);
  return {
    countyCode: row.countyCode,
    receivedAt: iso(row.receivedAt),
    reporter: {
      type: row.reporterType,
      name: row.reporterName,
      phone: row.reporterPhone,
      anonymous: row.reporterAnonymous,
      relationshipToChild: row.reporterRelationshipToChild,
      mandatedReporter: row.reporterMandatedReporter,
    },
    incident: {
      occurredOn: row.incidentOccurredOn ? toDateOnly(row.incidentOccurredOn) : null,
      occurredOnIsApproximate: row.incidentOccurredOnIsApproximate,
      locationType: row.incidentLocationType as AccessReport['incident']['locationType'],
      address: addressOf(row.incidentAddress),
      description: row.incidentDescription,
    },
    workerSafetyConcerns: {
      present: row.workerSafetyConcernsPresent,
      description: row.workerSafetyConcernsDescription,
    },
    narrative: row.narrative,
    presentDangerThreat: row.presentDangerThreat,
    persons: row.persons.map((rp) => ({
      id: rp.personId,
      personId: rp.personId,
      key: rp.key,
      ...documentDetails(rp),
      address: addressOf(rp.address),
      approximateAge: rp.approximateAge,
      roles: rp.roles,
      currentLocation: currentLocationView(
        rp.currentLocation as Parameters<typeof currentLocationView>[0],
      ) as AccessReport['persons'][number]['currentLocation'],
    })),
    // An indicator's child is always one of the report's people (the draft's keys were checked).
    indicators: row.indicators.flatMap((i) => {
      const childKey = keyOf(i.childId);
      return childKey ? [{ childKey, code: i.code }] : [];
    }),
    allegations: row.allegations.map((a) => toAllegationDto(a, keyOf)),
    ...householdDocument(row, keyOf),
    recommendation: row.recommendation
      ? {
          decision: row.recommendation.decision,
          screenOutReason: row.recommendation.screenOutReason,
          responseTime: row.recommendation.responseTime,
          rationale: row.recommendation.rationale,
          // Only an original of the report's county (after a transfer of either, none): the form
          // sends the id back on autosave, which refuses another county's report.
          duplicateOfReportId: sameCountyOriginal(row)?.id ?? null,
          duplicateOfReportNumber: sameCountyOriginal(row)?.reportNumber ?? null,
        }
      : null,
  };
}

/** The original the recommendation names, if it is (still, after any transfer) a report of this one's county. */
function sameCountyOriginal(row: ReportRow) {
  const original = row.recommendation?.duplicateOf;
  return original && original.countyCode === row.countyCode ? original : null;
}

/**
 * The original the draft's recommendation names, as DUPLICATE-OF reads it: null when none is named
 * or it is (now, after a transfer) another county's report, which the rules treat as not found.
 */
export function recommendedOriginal(row: ReportRow): DuplicateOriginal | null {
  const original = sameCountyOriginal(row);
  return original ? duplicateOriginalOf(original) : null;
}

/** The original the decision names, if it is (still, after a transfer of it) a report of this one's county. */
function decidedOriginal(row: ReportRow) {
  const original = row.decision?.duplicateOf;
  return original && original.countyCode === row.countyCode ? original : null;
}

/**
 * The original this report duplicates: the decision's once decided, else the submitted
 * recommendation's; null when that is (after a transfer) another county's report.
 */
function duplicateOfRow(row: ReportRow) {
  const original = row.decision
    ? decidedOriginal(row)
    : row.recommendation?.recommendedAt
      ? sameCountyOriginal(row)
      : null;
  return original ? { id: original.id, reportNumber: original.reportNumber } : null;
}

/**
 * The reports listing this one as their original, of its county only: a transfer of either takes a
 * duplicate off the other county's list (its narrative is that county's record).
 */
function duplicatesOf(row: ReportRow) {
  return [...row.decidedDuplicates, ...row.recommendedDuplicates]
    .map(({ report }) => report)
    .filter((d) => d.countyCode === row.countyCode)
    .map((d) => ({
      id: d.id,
      reportNumber: d.reportNumber,
      receivedAt: iso(d.receivedAt),
      status: d.status,
      narrative: d.narrative,
    }));
}

/**
 * `computed` of a decided report: the decision is final and was checked when made, so the rules
 * against the recommendation (ST-SCREEN-IN, PRESENT-DANGER, DUPLICATE-OF, TRAINING, all under
 * `recommendation`) no longer apply, and `mustScreenIn` follows the decision: a duplicate screen-out
 * passed ST-SCREEN-IN's exception when it was decided.
 */
function decidedComputed(row: ReportRow, computed: ReturnType<typeof computeReport>, mustScreenIn: boolean) {
  if (!row.decision) return computed;
  return {
    ...computed,
    mustScreenIn: mustScreenIn && !isDuplicateScreenOut(row.decision),
    violations: computed.violations.filter((v) => !v.path.startsWith('recommendation')),
  };
}

/** The full `report` of docs/http-api.md: the document with ids, lifecycle, screening, notifications, computed. */
export function toReportDto(
  row: LoadedRow,
  context: { holidays: string[]; now: Date; actor?: { sexTraffickingTrainingCompletedOn: Date | null } },
) {
  const document = toDraftDocument(row);
  const lawEnforcementNotifications = row.lawEnforcementNotifications.map((n) => ({
    id: n.id,
    notifiedAt: n.notifiedAt.toISOString(),
    agency: n.agency,
    method: n.method,
    contactName: n.contactName,
    recordedBy: who(n.recordedBy),
    recordedAt: iso(n.recordedAt),
  }));
  const tribalNotifications = row.tribalNotifications.map((n) => ({
    id: n.id,
    notifiedAt: n.notifiedAt.toISOString(),
    tribe: n.tribe,
    method: n.method,
    contactName: n.contactName,
    recordedBy: who(n.recordedBy),
    recordedAt: iso(n.recordedAt),
  }));
  const contacts = row.contacts.map((c) => ({
    id: c.id,
    personId: c.personId,
    kind: c.kind,
    outcome: c.outcome,
    at: c.at.toISOString(),
    note: c.note,
    recordedBy: who(c.recordedBy),
    recordedAt: iso(c.recordedAt),
  }));
  const computed = computeReport(
    {
      ...document,
      id: row.id,
      status: row.status,
      lawEnforcementNotifications,
      tribalNotifications,
      decisionResponseTime: row.decision?.responseTime ?? null,
      contacts,
    },
    {
      holidays: context.holidays,
      now: context.now,
      duplicateOriginal: recommendedOriginal(row),
      actor: context.actor
        ? { sexTraffickingTrainingCompletedOn: toDateOnly(context.actor.sexTraffickingTrainingCompletedOn) }
        : undefined,
    },
  );
  return {
    id: row.id,
    reportNumber: row.reportNumber,
    ...document,
    status: row.status,
    version: row.version,
    createdBy: who(row.createdBy),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    updatedBy: who(row.updatedBy),
    submittedAt: iso(row.submittedAt),
    screening: {
      recommendation:
        row.recommendation?.recommendedAt && document.recommendation
          ? {
              ...document.recommendation,
              recommendedBy: who(row.recommendation.recommendedBy),
              recommendedAt: iso(row.recommendation.recommendedAt),
            }
          : null,
      decision: row.decision
        ? {
            decision: row.decision.decision,
            screenOutReason: row.decision.screenOutReason,
            responseTime: row.decision.responseTime,
            rationale: row.decision.rationale,
            duplicateOfReportId: decidedOriginal(row)?.id ?? null,
            decidedBy: who(row.decision.decidedBy),
            decidedAt: iso(row.decision.decidedAt),
          }
        : null,
    },
    lawEnforcementNotifications,
    tribalNotifications,
    contacts,
    assignedTo: who(row.assignedTo),
    initialAssessmentWorker: who(row.initialAssessmentWorker),
    duplicateOf: duplicateOfRow(row),
    duplicates: duplicatesOf(row),
    transfers: row.transfers.map((t) => ({
      fromCountyCode: t.fromCountyCode,
      toCountyCode: t.toCountyCode,
      reason: t.reason,
      transferredBy: who(t.transferredBy),
      transferredAt: t.transferredAt.toISOString(),
    })),
    discarded:
      row.discardedAt && row.discardReason !== null
        ? { reason: row.discardReason, discardedBy: who(row.discardedBy), discardedAt: row.discardedAt.toISOString() }
        : null,
    computed: decidedComputed(row, computed, mustScreenIn(document)),
  } satisfies AccessReport;
}

export type ReportDto = ReturnType<typeof toReportDto>;

/** A row of a list: enough to triage (who, when, clocks), never the narrative. */
export function toSummary(report: ReportDto) {
  const { violations: _v, languageWarnings: _l, ...clocks } = report.computed;
  return {
    id: report.id,
    reportNumber: report.reportNumber,
    countyCode: report.countyCode,
    status: report.status,
    version: report.version,
    receivedAt: report.receivedAt,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    submittedAt: report.submittedAt,
    createdBy: report.createdBy,
    reporterType: report.reporter.type,
    presentDangerThreat: report.presentDangerThreat,
    children: report.persons
      .filter((p) => p.roles.includes('CHILD'))
      .map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName })),
    allegationCount: report.allegations.length,
    recommendation: report.recommendation
      ? { decision: report.recommendation.decision, responseTime: report.recommendation.responseTime }
      : null,
    decision: report.screening.decision
      ? { decision: report.screening.decision.decision, decidedAt: report.screening.decision.decidedAt }
      : null,
    assignedTo: report.assignedTo,
    initialAssessmentWorker: report.initialAssessmentWorker,
    duplicateOf: report.duplicateOf,
    computed: clocks,
  } satisfies ReportSummary;
}
