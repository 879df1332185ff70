import { nameKey } from '@cps/domain';
import { nextReportNumber } from '../access-reports/access-reports.repository';
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
  finding?: { value: 'SUBSTANTIATED' | 'UNSUBSTANTIATED'; interviewed: boolean; rationale: string };
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
};

/** A report with its people, allegations and, by status, its screening and findings. One transaction. */
export async function buildReport(prisma: PrismaClient, spec: ReportSpec) {
  const status = spec.status ?? 'DRAFT';
  const persons = spec.persons ?? [
    {
      key: 'c1',
      roles: ['CHILD'],
      firstName: 'Test',
      lastName: `Child${next()}`,
      dateOfBirth: new Date('2003-05-01'),
      gender: 'FEMALE',
      hispanicEthnicity: 'NOT_HISPANIC',
      primaryRace: 'WHITE',
      indianChild: 'NO',
    },
  ];
  const receivedAt = spec.receivedAt ?? new Date();
  return prisma.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const p of persons) {
      const basics = {
        firstName: p.firstName ?? null,
        lastName: p.lastName ?? null,
        firstNameKey: nameKey(p.firstName),
        lastNameKey: nameKey(p.lastName),
        dateOfBirth: p.dateOfBirth ?? null,
        gender: p.gender ?? null,
      };
      const person = p.personId
        ? await tx.person.update({ where: { id: p.personId }, data: basics })
        : await tx.person.create({ data: basics });
      ids.set(p.key, person.id);
    }
    const id = (key: string) => ids.get(key) ?? fail(`unknown person key ${key}`);
    const submitted = status !== 'DRAFT';
    const decided = status === 'SCREENED_IN' || status === 'SCREENED_OUT';
    const countyCode = spec.countyCode ?? '55079';
    const createdAt = new Date();
    const report = await tx.accessReport.create({
      data: {
        reportNumber: await nextReportNumber(tx, countyCode, createdAt),
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
        persons: {
          create: persons.map((p, position) => ({
            personId: id(p.key),
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
            position,
          })),
        },
        indicators: { create: (spec.indicators ?? []).map((i) => ({ childId: id(i.childKey), code: i.code })) },
        recommendation: spec.recommendation
          ? {
              create: {
                ...spec.recommendation,
                recommendedById: submitted ? spec.createdById : null,
                recommendedAt: submitted ? receivedAt : null,
              },
            }
          : undefined,
        decision:
          decided && spec.recommendation
            ? {
                create: {
                  decision: status === 'SCREENED_IN' ? 'SCREEN_IN' : 'SCREEN_OUT',
                  responseTime:
                    status === 'SCREENED_IN' ? (spec.recommendation.responseTime ?? 'WITHIN_48_HOURS') : null,
                  screenOutReason:
                    status === 'SCREENED_OUT'
                      ? (spec.recommendation.screenOutReason ?? 'DOES_NOT_MEET_DEFINITION')
                      : null,
                  rationale: spec.recommendation.rationale,
                  decidedById: spec.decidedById ?? spec.createdById,
                  decidedAt: new Date(receivedAt.getTime() + 3 * 3600_000),
                },
              }
            : undefined,
        lawEnforcementNotifications: spec.lawEnforcementNotifiedAt
          ? {
              create: {
                notifiedAt: spec.lawEnforcementNotifiedAt,
                agency: 'County Sheriff',
                method: 'PHONE',
                recordedById: spec.createdById,
              },
            }
          : undefined,
      },
    });
    for (const [position, a] of (spec.allegations ?? []).entries()) {
      await tx.allegation.create({
        data: {
          reportId: report.id,
          key: a.key,
          position,
          childId: id(a.childKey),
          maltreatmentType: a.type,
          descriptors: a.sexTrafficking ? ['SEX_TRAFFICKING'] : [],
          maltreaterRelationship: a.relationship ?? (a.maltreaterKeys?.length ? 'NON_CAREGIVER' : 'UNKNOWN'),
          maltreaters: { create: (a.maltreaterKeys ?? []).map((k) => ({ personId: id(k) })) },
          finding:
            a.finding && status === 'SCREENED_IN'
              ? {
                  create: {
                    finding: a.finding.value,
                    maltreaterInterviewed: a.finding.interviewed,
                    rationale: a.finding.rationale,
                    recordedById: spec.decidedById ?? spec.createdById,
                  },
                }
              : undefined,
        },
      });
    }
    return report;
  });
}

function fail(message: string): never {
  throw new Error(message);
}
