import { randomUUID } from 'node:crypto';
import { chicagoYear, formatReportNumber, type IdentifierKind, nameKey, normalizeIdentifier } from '@cps/domain';
import { hashPassword } from '../auth/passwords';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { MaltreatmentType, PersonRole, ReportStatus, Role } from '../generated/prisma/enums';

// Builders with defaults and overrides: the demo seed composes them, and API tests use them as
// factories to make their own data.

type Db = PrismaClient | Prisma.TransactionClient;
let sequence = 0;
const next = () => ++sequence;

export type UserSpec = {
  email?: string;
  name?: string;
  role?: Role;
  countyCode?: string | null;
  password?: string;
  active?: boolean;
  trainedOn?: Date | null;
};

export const TEST_PASSWORD = 'correct-horse-battery';

export async function buildUser(db: Db, spec: UserSpec = {}) {
  const n = next();
  const role = spec.role ?? 'ACCESS_WORKER';
  return db.user.create({
    data: {
      email: (spec.email ?? `user${n}.${process.pid}@example.wi.gov`).toLowerCase(),
      name: spec.name ?? `Test User ${n}`,
      role,
      countyCode: spec.countyCode === undefined ? (role === 'ADMIN' ? null : '55079') : spec.countyCode,
      active: spec.active ?? true,
      passwordHash: await hashPassword(spec.password ?? TEST_PASSWORD),
      sexTraffickingTrainingCompletedOn: spec.trainedOn === undefined ? new Date('2018-01-15') : spec.trainedOn,
    },
  });
}

export type PersonSpec = {
  key: string;
  /** An existing person (the same human as in another report); else a new one is made. */
  personId?: string;
  /** A new person's id, when the caller needs to know it before the report is built (a later report names them again). */
  id?: string;
  roles: PersonRole[];
  firstName?: string | null;
  lastName?: string | null;
  dateOfBirth?: Date | null;
  approximateAge?: number | null;
  gender?: 'FEMALE' | 'MALE' | 'UNKNOWN' | null;
  hispanicEthnicity?: 'HISPANIC' | 'NOT_HISPANIC' | 'NOT_DOCUMENTED' | null;
  primaryRace?: Prisma.ReportPersonCreateInput['primaryRace'];
  indianChild?: 'YES' | 'NO' | 'UNKNOWN' | null;
  tribe?: string | null;
};

export type AllegationSpec = {
  key: string;
  childKey: string;
  maltreaterKeys?: string[];
  type: MaltreatmentType;
  sexTrafficking?: boolean;
  relationship?: Prisma.AllegationCreateInput['maltreaterRelationship'];
  /** `recordedAt` defaults to now, as the API records a finding. */
  finding?: { value: 'SUBSTANTIATED' | 'UNSUBSTANTIATED'; interviewed: boolean; rationale: string; recordedAt?: Date };
};

export type ReportSpec = {
  countyCode?: string;
  createdById: string;
  status?: ReportStatus;
  receivedAt?: Date;
  narrative?: string;
  presentDangerThreat?: boolean;
  reporter?: {
    type: Prisma.AccessReportCreateInput['reporterType'];
    name?: string;
    phone?: string;
    anonymous?: boolean;
  };
  persons?: PersonSpec[];
  allegations?: AllegationSpec[];
  indicators?: {
    childKey: string;
    code: 'CHILD_SELF_REPORTS_TRAFFICKING' | 'CHILD_REPORTS_SURVIVAL_SEX' | 'LAW_ENFORCEMENT_CONFIRMED';
  }[];
  recommendation?: {
    decision: 'SCREEN_IN' | 'SCREEN_OUT';
    responseTime?: 'SAME_DAY' | 'WITHIN_48_HOURS' | 'WITHIN_5_BUSINESS_DAYS';
    screenOutReason?: Prisma.ScreeningRecommendationCreateInput['screenOutReason'];
    rationale: string;
  };
  decidedById?: string;
  lawEnforcementNotifiedAt?: Date;
  /** When the report was begun (its number's year); now by default. A history seed gives the received time. */
  createdAt?: Date;
  /** Trafficking identifiers, each tied to a person of the report by key or to nobody. */
  identifiers?: { key: string; kind: IdentifierKind; value: string; personKey?: string; platform?: string }[];
  /** First contacts after screen-in (RESPONSE-TIME), recorded by the report's creator. */
  contacts?: {
    personKey: string;
    kind: 'CHILD_SEEN' | 'CAREGIVER_SEEN';
    outcome: 'COMPLETED' | 'ATTEMPTED';
    at: Date;
  }[];
};

/** A report with its people, allegations and, by status, its screening and findings. One transaction. */
/** A report with its people, allegations and, by status, its screening and findings. One transaction. */
export async function buildReport(prisma: PrismaClient, spec: ReportSpec) {
  const [report] = await buildReports(prisma, [spec]);
  return report ?? fail('no report built');
}

const defaultChild = (): PersonSpec => ({
  key: 'c1',
  roles: ['CHILD'],
  firstName: 'Test',
  lastName: `Child${next()}`,
  dateOfBirth: new Date('2003-05-01'),
  gender: 'FEMALE',
  hispanicEthnicity: 'NOT_HISPANIC',
  primaryRace: 'WHITE',
  indianChild: 'NO',
});

/**
 * Many reports in one transaction and a few set-based statements (one per table), in the order
 * given: report numbers follow that order within each county and year. What the demo's history
 * uses, so that a new database is seeded in about a second.
 */
export async function buildReports(prisma: PrismaClient, specs: readonly ReportSpec[]) {
  const persons: Prisma.PersonCreateManyInput[] = [];
  const reused: { id: string; data: Prisma.PersonUpdateInput }[] = [];
  const reports: Prisma.AccessReportCreateManyInput[] = [];
  const reportPersons: Prisma.ReportPersonCreateManyInput[] = [];
  const indicators: Prisma.ReportIndicatorCreateManyInput[] = [];
  const identifiers: Prisma.ReportIdentifierCreateManyInput[] = [];
  const recommendations: Prisma.ScreeningRecommendationCreateManyInput[] = [];
  const decisions: Prisma.ScreeningDecisionCreateManyInput[] = [];
  const notifications: Prisma.LawEnforcementNotificationCreateManyInput[] = [];
  const allegations: Prisma.AllegationCreateManyInput[] = [];
  const maltreaters: Prisma.AllegationMaltreaterCreateManyInput[] = [];
  const findings: Prisma.FindingCreateManyInput[] = [];
  const contacts: Prisma.ReportContactCreateManyInput[] = [];
  const numbered: { countyCode: string; year: number; index: number }[] = [];

  for (const spec of specs) {
    const status = spec.status ?? 'DRAFT';
    const reportId = randomUUID();
    const ids = new Map<string, string>();
    const countyCode = spec.countyCode ?? '55079';
    for (const p of spec.persons ?? [defaultChild()]) {
      const basics = {
        firstName: p.firstName ?? null,
        lastName: p.lastName ?? null,
        firstNameKey: nameKey(p.firstName),
        lastNameKey: nameKey(p.lastName),
        dateOfBirth: p.dateOfBirth ?? null,
        gender: p.gender ?? null,
      };
      const id = p.personId ?? p.id ?? randomUUID();
      if (p.personId) reused.push({ id, data: basics });
      else persons.push({ id, ...basics });
      ids.set(p.key, id);
      reportPersons.push({
        reportId,
        countyCode,
        personId: id,
        key: p.key,
        roles: p.roles,
        firstName: p.firstName ?? null,
        lastName: p.lastName ?? null,
        dateOfBirth: p.dateOfBirth ?? null,
        approximateAge: p.approximateAge ?? null,
        gender: p.gender ?? null,
        hispanicEthnicity: p.hispanicEthnicity ?? null,
        primaryRace: p.primaryRace ?? null,
        indianChild: p.indianChild ?? null,
        tribe: p.tribe ?? null,
        position: reportPersons.filter((rp) => rp.reportId === reportId).length,
      });
    }
    const id = (key: string) => ids.get(key) ?? fail(`unknown person key ${key}`);
    const submitted = status !== 'DRAFT';
    const decided = status === 'SCREENED_IN' || status === 'SCREENED_OUT';
    const createdAt = spec.createdAt ?? new Date();
    const receivedAt = spec.receivedAt ?? new Date();
    numbered.push({ countyCode, year: chicagoYear(createdAt), index: reports.length });
    reports.push({
      id: reportId,
      reportNumber: '', // given below, by county and year
      createdAt,
      countyCode,
      createdById: spec.createdById,
      // As the API writes a new report: its creator is answerable for it (domain.md, "Assignee").
      assignedToId: spec.createdById,
      status,
      receivedAt,
      narrative: spec.narrative ?? 'Test narrative.',
      presentDangerThreat: spec.presentDangerThreat ?? false,
      reporterType: spec.reporter?.type ?? 'EDUCATION',
      reporterName: spec.reporter?.anonymous ? null : (spec.reporter?.name ?? 'Test reporter'),
      reporterPhone: spec.reporter?.anonymous ? null : (spec.reporter?.phone ?? '608-555-0100'),
      reporterAnonymous: spec.reporter?.anonymous ?? false,
      submittedAt: submitted ? receivedAt : null,
    });
    for (const i of spec.indicators ?? []) indicators.push({ reportId, childId: id(i.childKey), code: i.code });
    for (const [position, i] of (spec.identifiers ?? []).entries()) {
      identifiers.push({
        reportId,
        key: i.key,
        kind: i.kind,
        value: i.value,
        normalized: normalizeIdentifier(i.kind, i.value),
        platform: i.platform ?? null,
        personId: i.personKey ? id(i.personKey) : null,
        position,
      });
    }
    const recommendation = spec.recommendation;
    if (recommendation) {
      recommendations.push({
        reportId,
        ...recommendation,
        recommendedById: submitted ? spec.createdById : null,
        recommendedAt: submitted ? receivedAt : null,
      });
      if (decided) {
        decisions.push({
          reportId,
          decision: status === 'SCREENED_IN' ? 'SCREEN_IN' : 'SCREEN_OUT',
          responseTime: status === 'SCREENED_IN' ? (recommendation.responseTime ?? 'WITHIN_48_HOURS') : null,
          screenOutReason:
            status === 'SCREENED_OUT' ? (recommendation.screenOutReason ?? 'DOES_NOT_MEET_DEFINITION') : null,
          rationale: recommendation.rationale,
          decidedById: spec.decidedById ?? spec.createdById,
          decidedAt: new Date(receivedAt.getTime() + 3 * 3600_000),
        });
      }
    }
    for (const c of spec.contacts ?? []) {
      contacts.push({
        reportId,
        personId: id(c.personKey),
        kind: c.kind,
        outcome: c.outcome,
        at: c.at,
        recordedById: spec.createdById,
        recordedAt: c.at,
      });
    }
    if (spec.lawEnforcementNotifiedAt) {
      notifications.push({
        reportId,
        notifiedAt: spec.lawEnforcementNotifiedAt,
        agency: 'County Sheriff',
        method: 'PHONE',
        recordedById: spec.createdById,
      });
    }
    for (const [position, a] of (spec.allegations ?? []).entries()) {
      const allegationId = randomUUID();
      allegations.push({
        id: allegationId,
        reportId,
        key: a.key,
        position,
        childId: id(a.childKey),
        maltreatmentType: a.type,
        descriptors: a.sexTrafficking ? ['SEX_TRAFFICKING'] : [],
        maltreaterRelationship: a.relationship ?? (a.maltreaterKeys?.length ? 'NON_CAREGIVER' : 'UNKNOWN'),
      });
      for (const k of a.maltreaterKeys ?? []) maltreaters.push({ allegationId, personId: id(k) });
      if (a.finding && status === 'SCREENED_IN') {
        findings.push({
          allegationId,
          finding: a.finding.value,
          maltreaterInterviewed: a.finding.interviewed,
          rationale: a.finding.rationale,
          recordedById: spec.decidedById ?? spec.createdById,
          ...(a.finding.recordedAt ? { recordedAt: a.finding.recordedAt } : {}),
        });
      }
    }
  }

  return prisma.$transaction(
    async (tx) => {
      await giveReportNumbers(tx, reports, numbered);
      if (persons.length) await tx.person.createMany({ data: persons });
      for (const { id, data } of reused) await tx.person.update({ where: { id }, data });
      await tx.accessReport.createMany({ data: reports });
      if (reportPersons.length) await tx.reportPerson.createMany({ data: reportPersons });
      if (indicators.length) await tx.reportIndicator.createMany({ data: indicators });
      if (identifiers.length) await tx.reportIdentifier.createMany({ data: identifiers });
      if (recommendations.length) await tx.screeningRecommendation.createMany({ data: recommendations });
      if (decisions.length) await tx.screeningDecision.createMany({ data: decisions });
      if (notifications.length) await tx.lawEnforcementNotification.createMany({ data: notifications });
      if (allegations.length) await tx.allegation.createMany({ data: allegations });
      if (maltreaters.length) await tx.allegationMaltreater.createMany({ data: maltreaters });
      if (findings.length) await tx.finding.createMany({ data: findings });
      if (contacts.length) await tx.reportContact.createMany({ data: contacts });
      const made = await tx.accessReport.findMany({ where: { id: { in: reports.map((r) => r.id as string) } } });
      const byId = new Map(made.map((r) => [r.id, r]));
      return reports.map((r) => byId.get(r.id as string) ?? fail(`report ${r.id} not built`));
    },
    { timeout: 120_000 },
  );
}

/** Takes each county's and year's next numbers in one statement per county and year, in the given order. */
async function giveReportNumbers(
  tx: Prisma.TransactionClient,
  reports: Prisma.AccessReportCreateManyInput[],
  numbered: readonly { countyCode: string; year: number; index: number }[],
) {
  const groups = new Map<string, { countyCode: string; year: number; indexes: number[] }>();
  for (const n of numbered) {
    const key = `${n.countyCode}/${n.year}`;
    const group = groups.get(key) ?? { countyCode: n.countyCode, year: n.year, indexes: [] };
    group.indexes.push(n.index);
    groups.set(key, group);
  }
  for (const { countyCode, year, indexes } of groups.values()) {
    const [row] = await tx.$queryRaw<{ last: number }[]>`
      INSERT INTO report_number_counters AS c (county_code, year, last) VALUES (${countyCode}, ${year}::smallint, ${indexes.length})
      ON CONFLICT (county_code, year) DO UPDATE SET last = c.last + ${indexes.length}
      RETURNING last`;
    const first = (row?.last ?? fail('no report number')) - indexes.length + 1;
    indexes.forEach((index, i) => {
      const report = reports[index] ?? fail('no report');
      report.reportNumber = formatReportNumber(countyCode, year, first + i);
    });
  }
}

function fail(message: string): never {
  throw new Error(message);
}
