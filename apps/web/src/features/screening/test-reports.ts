import type { AccessReport, ReportSummary } from '@cps/domain';

// Test builders: an API report and a list summary with defaults and overrides.

const clocks = {
  lawEnforcementDueAt: '2018-03-02T15:00:00.000Z',
  lawEnforcementStatus: 'PENDING',
  tribalNotificationDueAt: null,
  tribalNotificationStatus: 'NOT_REQUIRED',
  initialAssessmentDueOn: '2018-05-01',
  initialAssessmentOverdue: false,
  responseTimeRequired: null,
  mustScreenIn: true,
} as const;

export function summary(
  overrides: Omit<Partial<ReportSummary>, 'computed'> & { computed?: Partial<ReportSummary['computed']> } = {},
): ReportSummary {
  const { computed, ...rest } = overrides;
  return {
    id: 'r1',
    reportNumber: '2018-079-00042',
    countyCode: '55079',
    status: 'AWAITING_SUPERVISOR',
    version: 3,
    receivedAt: '2018-03-02T03:00:00.000Z',
    createdAt: '2018-03-02T03:05:00.000Z',
    updatedAt: '2018-03-02T04:00:00.000Z',
    submittedAt: '2018-03-02T04:00:00.000Z',
    createdBy: { id: 'u1', name: 'Alex Rivera' },
    reporterType: 'EDUCATION',
    presentDangerThreat: false,
    children: [{ id: 'p1', firstName: 'Maya', lastName: 'Thompson' }],
    allegationCount: 1,
    recommendation: { decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS' },
    decision: null,
    assignedTo: { id: 'u1', name: 'Alex Rivera' },
    initialAssessmentWorker: null,
    duplicateOf: null,
    ...rest,
    computed: { ...clocks, ...computed },
  };
}

export function accessReport(
  overrides: Omit<Partial<AccessReport>, 'computed'> & { computed?: Partial<AccessReport['computed']> } = {},
): AccessReport {
  const { computed, ...rest } = overrides;
  return {
    id: 'r1',
    reportNumber: '2018-079-00042',
    countyCode: '55079',
    receivedAt: '2018-03-02T03:00:00.000Z',
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative: 'A youth told a school counselor that an adult arranges commercial sexual exploitation.',
    presentDangerThreat: false,
    persons: [
      {
        id: 'p1',
        key: 'c1',
        personId: 'p1',
        firstName: 'Maya',
        lastName: 'Thompson',
        dateOfBirth: '2003-04-12',
        approximateAge: null,
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        tribe: null,
        roles: ['CHILD'],
      },
      {
        id: 'p2',
        key: 'm1',
        personId: 'p2',
        firstName: 'Jon',
        lastName: 'Doe',
        dateOfBirth: null,
        approximateAge: null,
        gender: 'MALE',
        hispanicEthnicity: null,
        primaryRace: null,
        indianChild: null,
        tribe: null,
        roles: ['ALLEGED_MALTREATER'],
      },
    ],
    indicators: [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
    relationships: [],
    identifiers: [],
    allegations: [
      {
        id: 'a-1',
        key: 'a1',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'SEXUAL_ABUSE',
        descriptors: ['SEX_TRAFFICKING'],
        maltreaterRelationship: 'NON_CAREGIVER',
        finding: null,
      },
    ],
    recommendation: {
      decision: 'SCREEN_IN',
      responseTime: 'WITHIN_48_HOURS',
      screenOutReason: null,
      rationale: 'Youth describes survival sex.',
      duplicateOfReportId: null,
      duplicateOfReportNumber: null,
    },
    status: 'AWAITING_SUPERVISOR',
    version: 3,
    createdBy: { id: 'u1', name: 'Alex Rivera' },
    updatedBy: { id: 'u1', name: 'Alex Rivera' },
    createdAt: '2018-03-02T03:10:00.000Z',
    updatedAt: '2018-03-02T04:00:00.000Z',
    submittedAt: '2018-03-02T04:00:00.000Z',
    screening: {
      recommendation: {
        decision: 'SCREEN_IN',
        responseTime: 'WITHIN_48_HOURS',
        screenOutReason: null,
        rationale: 'Youth describes survival sex.',
        duplicateOfReportId: null,
        duplicateOfReportNumber: null,
        recommendedBy: { id: 'u1', name: 'Alex Rivera' },
        recommendedAt: '2018-03-02T04:00:00.000Z',
      },
      decision: null,
    },
    lawEnforcementNotifications: [],
    tribalNotifications: [],
    assignedTo: { id: 'u1', name: 'Alex Rivera' },
    initialAssessmentWorker: null,
    duplicateOf: null,
    duplicates: [],
    transfers: [],
    discarded: null,
    ...rest,
    computed: { ...clocks, violations: [], languageWarnings: [], ...computed },
  };
}

/** A trained supervisor, as /api/auth/me sends them. */
export const supervisor = {
  id: 's1',
  email: 'supervisor@county.example',
  name: 'Morgan Lee',
  role: 'SUPERVISOR' as const,
  countyCode: '55079',
  active: true,
  sexTraffickingTrainingCompletedOn: '2018-01-15' as string | null,
};
