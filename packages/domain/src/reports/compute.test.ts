import { allegation, child, draft, maltreater, TRAINED, UNTRAINED } from '../testing/draft-builder';
import { type ComputeInput, computeReport } from './compute';

const NOW = new Date('2018-03-02T21:00:00-06:00');

function stored(overrides: Partial<ComputeInput> = {}): ComputeInput {
  return {
    ...draft({ receivedAt: '2018-03-02T20:00:00-06:00' }), // a Friday evening
    status: 'DRAFT',
    lawEnforcementNotifications: [],
    tribalNotifications: [],
    ...overrides,
  };
}

describe('computeReport', () => {
  test('a sex trafficking draft: every field of computed, in the order of docs/http-api.md', () => {
    const computed = computeReport(stored(), { holidays: [], now: NOW, actor: TRAINED });
    expect(computed).toEqual({
      lawEnforcementDueAt: '2018-03-05T14:00:00.000Z',
      lawEnforcementStatus: 'PENDING',
      tribalNotificationDueAt: null,
      tribalNotificationStatus: 'NOT_REQUIRED',
      initialAssessmentDueOn: '2018-05-01',
      initialAssessmentOverdue: false,
      responseDueAt: null,
      responseStatus: 'NOT_REQUIRED',
      responseAttemptStatus: 'NOT_REQUIRED',
      responseTimeRequired: null,
      mustScreenIn: true,
      violations: [],
      languageWarnings: [],
    });
    expect(Object.keys(computed)).toEqual([
      'lawEnforcementDueAt',
      'lawEnforcementStatus',
      'tribalNotificationDueAt',
      'tribalNotificationStatus',
      'initialAssessmentDueOn',
      'initialAssessmentOverdue',
      'responseDueAt',
      'responseStatus',
      'responseAttemptStatus',
      'responseTimeRequired',
      'mustScreenIn',
      'violations',
      'languageWarnings',
    ]);
  });

  test('an early draft with nothing but a county', () => {
    expect(computeReport({ status: 'DRAFT' }, { holidays: [], now: NOW })).toEqual({
      lawEnforcementDueAt: null,
      lawEnforcementStatus: 'NOT_REQUIRED',
      tribalNotificationDueAt: null,
      tribalNotificationStatus: 'NOT_REQUIRED',
      initialAssessmentDueOn: null,
      initialAssessmentOverdue: false,
      responseDueAt: null,
      responseStatus: 'NOT_REQUIRED',
      responseAttemptStatus: 'NOT_REQUIRED',
      responseTimeRequired: null,
      mustScreenIn: false,
      violations: [],
      languageWarnings: [],
    });
  });

  test('present danger, an Indian child, notifications and holidays', () => {
    const report = stored({
      receivedAt: '2018-08-31T20:00:00-05:00',
      presentDangerThreat: true,
      persons: [child({ indianChild: 'YES', tribe: 'Ho-Chunk Nation' }), maltreater()],
      lawEnforcementNotifications: [{ notifiedAt: '2018-09-04T07:00:00-05:00' }],
      tribalNotifications: [{ notifiedAt: '2018-09-02T08:00:00-05:00' }],
    });
    const computed = computeReport(report, { holidays: ['2018-09-03'], now: new Date('2018-09-05T00:00:00Z') });
    expect(computed).toMatchObject({
      lawEnforcementDueAt: '2018-09-04T13:00:00.000Z',
      lawEnforcementStatus: 'ON_TIME',
      tribalNotificationDueAt: '2018-09-02T01:00:00.000Z',
      tribalNotificationStatus: 'LATE',
      responseTimeRequired: 'SAME_DAY',
    });
  });

  test('RESPONSE-TIME of a screened-in report: the decision’s response time and the contacts with its alleged victims', () => {
    const base = stored();
    const victim = base.persons!.find((p) => p.key === base.allegations![0]!.childKey)!;
    const report = stored({
      status: 'SCREENED_IN',
      persons: base.persons!.map((p) => ({ ...p, personId: `id-${p.key}` })),
      decisionResponseTime: 'WITHIN_48_HOURS',
      contacts: [
        { personId: `id-${victim.key}`, kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: '2018-03-03T09:00:00-06:00' },
      ],
    });
    const now = new Date('2018-03-05T00:00:00-06:00');
    expect(computeReport(report, { holidays: [], now })).toMatchObject({
      responseDueAt: '2018-03-05T02:00:00.000Z',
      responseStatus: 'OVERDUE',
      responseAttemptStatus: 'ON_TIME',
    });
    // the recommendation's response time is not the decision's: no due time without a decision's
    expect(computeReport({ ...report, decisionResponseTime: null }, { holidays: [], now }).responseDueAt).toBeNull();
  });

  test('violations of the draft; TRAINING only with an actor', () => {
    const report = stored({
      recommendation: { decision: 'SCREEN_OUT', screenOutReason: 'NON_CAREGIVER_MALTREATER', rationale: 'x' },
    });
    expect(computeReport(report, { holidays: [], now: NOW }).violations.map((v) => v.rule)).toEqual(['ST-SCREEN-IN']);
    expect(computeReport(report, { holidays: [], now: NOW, actor: UNTRAINED }).violations.map((v) => v.rule)).toEqual([
      'ST-SCREEN-IN',
      'TRAINING',
    ]);
  });

  test('language warnings over the narrative and the rationale, never a violation', () => {
    const report = stored({
      narrative: 'The reporter said: "she works as a hooker".',
      recommendation: {
        decision: 'SCREEN_IN',
        responseTime: 'SAME_DAY',
        rationale: 'A Teen sex worker is a youth being sex trafficked.',
      },
    });
    const computed = computeReport(report, { holidays: [], now: NOW, actor: TRAINED });
    expect(computed.languageWarnings).toEqual([
      { path: 'narrative', term: 'hooker', suggestion: 'youth being sex trafficked' },
      { path: 'recommendation.rationale', term: 'Teen sex worker', suggestion: 'youth being sex trafficked' },
    ]);
    expect(computed.violations).toEqual([]);
  });

  test.each([
    ['no finding', null, true],
    ['a finding object', { finding: 'UNSUBSTANTIATED' as const }, false],
    ['a finding code', 'SUBSTANTIATED' as const, false],
  ])('initial assessment overdue with %s', (_name, finding, overdue) => {
    const report = stored({ status: 'SCREENED_IN', allegations: [{ ...allegation(), finding }] });
    expect(
      computeReport(report, { holidays: [], now: new Date('2018-06-01T12:00:00Z') }).initialAssessmentOverdue,
    ).toBe(overdue);
  });
});
