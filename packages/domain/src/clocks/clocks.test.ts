import { type ClockReport, clockStatus, computeClocks, initialAssessmentDueOn } from './clocks';

const iso = (s: string) => new Date(s).toISOString();
const DUE = new Date('2018-03-05T08:00:00-06:00');

describe('clockStatus', () => {
  test.each([
    ['no notification, before the due time', [], '2018-03-05T07:59:59-06:00', 'PENDING'],
    ['no notification, at the due time', [], '2018-03-05T08:00:00-06:00', 'PENDING'],
    ['no notification, after the due time', [], '2018-03-05T08:00:01-06:00', 'OVERDUE'],
    ['notified before the due time', ['2018-03-02T21:00:00-06:00'], '2018-03-09T00:00:00-06:00', 'ON_TIME'],
    ['notified at the due time', ['2018-03-05T08:00:00-06:00'], '2018-03-09T00:00:00-06:00', 'ON_TIME'],
    ['notified after the due time', ['2018-03-05T08:00:01-06:00'], '2018-03-09T00:00:00-06:00', 'LATE'],
    [
      'late notification, but "now" is before the due time',
      ['2018-03-05T09:00:00-06:00'],
      '2018-03-03T00:00:00-06:00',
      'LATE',
    ],
    [
      'the earliest of several counts',
      ['2018-03-06T09:00:00-06:00', '2018-03-05T07:00:00-06:00'],
      '2018-03-09T00:00:00-06:00',
      'ON_TIME',
    ],
    [
      'the earliest of several counts, late',
      ['2018-03-07T09:00:00-06:00', '2018-03-06T07:00:00-06:00'],
      '2018-03-09T00:00:00-06:00',
      'LATE',
    ],
  ])('%s → %s', (_name, notified, now, status) => {
    const notifications = notified.map((n) => ({ notifiedAt: n }));
    expect(clockStatus(DUE, notifications, new Date(now))).toBe(status);
  });

  test('accepts Date notification times', () => {
    expect(clockStatus(DUE, [{ notifiedAt: new Date('2018-03-05T07:00:00-06:00') }], new Date())).toBe('ON_TIME');
  });

  test('without a due time (no received time yet) it stays PENDING', () => {
    expect(clockStatus(null, [], new Date('2030-01-01T00:00:00Z'))).toBe('PENDING');
    expect(clockStatus(null, [{ notifiedAt: '2018-03-05T07:00:00Z' }], new Date())).toBe('PENDING');
  });
});

const NOW = new Date('2018-03-02T21:00:00-06:00');

function report(overrides: Partial<ClockReport> = {}): ClockReport {
  return {
    status: 'DRAFT',
    receivedAt: '2018-03-02T20:00:00-06:00', // a Friday evening
    persons: [{ roles: ['CHILD'], indianChild: 'NO' }],
    allegations: [{ maltreatmentType: 'SEXUAL_ABUSE', descriptors: ['SEX_TRAFFICKING'], hasFinding: false }],
    lawEnforcementNotifications: [],
    tribalNotifications: [],
    ...overrides,
  };
}

describe('LE-12H in computeClocks', () => {
  test.each([
    [
      'SEXUAL_ABUSE with sex trafficking',
      [{ maltreatmentType: 'SEXUAL_ABUSE', descriptors: ['SEX_TRAFFICKING'] }],
      true,
    ],
    ['SEXUAL_ABUSE alone', [{ maltreatmentType: 'SEXUAL_ABUSE', descriptors: [] }], true],
    ['NEGLECT with sex trafficking', [{ maltreatmentType: 'NEGLECT', descriptors: ['SEX_TRAFFICKING'] }], true],
    ['sex trafficking with no type yet', [{ maltreatmentType: null, descriptors: ['SEX_TRAFFICKING'] }], true],
    ['NEGLECT alone', [{ maltreatmentType: 'NEGLECT', descriptors: [] }], false],
    [
      'PHYSICAL_ABUSE and EMOTIONAL_DAMAGE',
      [
        { maltreatmentType: 'PHYSICAL_ABUSE', descriptors: [] },
        { maltreatmentType: 'EMOTIONAL_DAMAGE', descriptors: [] },
      ],
      false,
    ],
    ['no allegation', [], false],
  ] as const)('%s: required %p', (_name, allegations, required) => {
    const clocks = computeClocks(
      report({ allegations: allegations.map((a) => ({ ...a, hasFinding: false })) }),
      [],
      NOW,
    );
    if (required) {
      expect(clocks.lawEnforcementDueAt).toBe(iso('2018-03-05T08:00:00-06:00'));
      expect(clocks.lawEnforcementStatus).toBe('PENDING');
    } else {
      expect(clocks.lawEnforcementDueAt).toBeNull();
      expect(clocks.lawEnforcementStatus).toBe('NOT_REQUIRED');
    }
  });

  test('a draft without a received time: no due time, PENDING', () => {
    const clocks = computeClocks(report({ receivedAt: null }), [], NOW);
    expect(clocks).toMatchObject({ lawEnforcementDueAt: null, lawEnforcementStatus: 'PENDING' });
  });

  test.each([
    [[], '2018-03-05T08:00:01-06:00', 'OVERDUE'],
    [['2018-03-02T20:30:00-06:00'], '2018-03-05T09:00:00-06:00', 'ON_TIME'],
    [['2018-03-05T08:30:00-06:00'], '2018-03-05T09:00:00-06:00', 'LATE'],
  ])('notified %j, now %s → %s', (notified, now, status) => {
    const r = report({ lawEnforcementNotifications: notified.map((notifiedAt) => ({ notifiedAt })) });
    expect(computeClocks(r, [], new Date(now)).lawEnforcementStatus).toBe(status);
  });

  test('holidays are read with the clock: adding one later moves the due time and the status', () => {
    const r = report({
      receivedAt: '2018-08-31T20:00:00-05:00',
      lawEnforcementNotifications: [{ notifiedAt: '2018-09-03T10:00:00-05:00' }],
    });
    const now = new Date('2018-09-10T00:00:00-05:00');
    expect(computeClocks(r, [], now)).toMatchObject({
      lawEnforcementDueAt: iso('2018-09-03T08:00:00-05:00'),
      lawEnforcementStatus: 'LATE',
    });
    expect(computeClocks(r, ['2018-09-03'], now)).toMatchObject({
      lawEnforcementDueAt: iso('2018-09-04T08:00:00-05:00'),
      lawEnforcementStatus: 'ON_TIME',
    });
  });
});

describe('TRIBE-24H in computeClocks', () => {
  test.each([
    ['a child who is an Indian child', [{ roles: ['CHILD'], indianChild: 'YES' }], true],
    [
      'one of two children',
      [
        { roles: ['CHILD'], indianChild: 'NO' },
        { roles: ['CHILD'], indianChild: 'YES' },
      ],
      true,
    ],
    ['Indian-child status UNKNOWN', [{ roles: ['CHILD'], indianChild: 'UNKNOWN' }], false],
    ['not recorded', [{ roles: ['CHILD'], indianChild: null }], false],
    [
      'YES on an adult who is not a child of the report',
      [{ roles: ['ALLEGED_MALTREATER'], indianChild: 'YES' }],
      false,
    ],
  ] as const)('%s: required %p', (_name, persons, required) => {
    const clocks = computeClocks(report({ persons }), [], NOW);
    expect(clocks.tribalNotificationStatus).toBe(required ? 'PENDING' : 'NOT_REQUIRED');
    expect(clocks.tribalNotificationDueAt).toBe(required ? iso('2018-03-03T20:00:00-06:00') : null);
  });

  test('24 elapsed hours, weekends and holidays included, across the spring DST change', () => {
    const r = report({ receivedAt: '2018-03-10T12:00:00-06:00', persons: [{ roles: ['CHILD'], indianChild: 'YES' }] });
    // 24 real hours later the Chicago clock reads 13:00, not 12:00
    expect(computeClocks(r, ['2018-03-11'], NOW).tribalNotificationDueAt).toBe(iso('2018-03-11T13:00:00-05:00'));
  });

  test.each([
    [[], '2018-03-03T20:00:01-06:00', 'OVERDUE'],
    [['2018-03-03T19:00:00-06:00'], '2018-03-04T00:00:00-06:00', 'ON_TIME'],
    [['2018-03-03T21:00:00-06:00', '2018-03-04T08:00:00-06:00'], '2018-03-05T00:00:00-06:00', 'LATE'],
  ])('notified %j, now %s → %s', (notified, now, status) => {
    const r = report({
      persons: [{ roles: ['CHILD'], indianChild: 'YES' }],
      tribalNotifications: notified.map((notifiedAt) => ({ notifiedAt })),
    });
    expect(computeClocks(r, [], new Date(now)).tribalNotificationStatus).toBe(status);
  });

  test('a draft without a received time: no due time, PENDING', () => {
    const r = report({ receivedAt: undefined, persons: [{ roles: ['CHILD'], indianChild: 'YES' }] });
    expect(computeClocks(r, [], NOW)).toMatchObject({
      tribalNotificationDueAt: null,
      tribalNotificationStatus: 'PENDING',
    });
  });
});

describe('IA-60D in computeClocks', () => {
  test('due 60 days after the Chicago date received', () => {
    expect(initialAssessmentDueOn('2018-03-02T15:00:00Z')).toBe('2018-05-01');
    // 03:00Z on March 2 is March 1 in Chicago
    expect(initialAssessmentDueOn('2018-03-02T03:00:00Z')).toBe('2018-04-30');
    expect(computeClocks(report({ receivedAt: '2018-12-15T12:00:00-06:00' }), [], NOW).initialAssessmentDueOn).toBe(
      '2019-02-13',
    );
    expect(computeClocks(report({ receivedAt: null }), [], NOW).initialAssessmentDueOn).toBeNull();
  });

  const received = '2018-03-02T03:00:00Z'; // due 2018-04-30
  test.each([
    ['screened in, the day after the due date, no finding', 'SCREENED_IN', '2018-05-01T05:00:00Z', [false], true],
    ['screened in, the last hour of the due date in Chicago', 'SCREENED_IN', '2018-05-01T04:59:59Z', [false], false],
    [
      'screened in, one allegation of two without a finding',
      'SCREENED_IN',
      '2018-06-01T12:00:00Z',
      [true, false],
      true,
    ],
    ['screened in, every allegation has a finding', 'SCREENED_IN', '2018-06-01T12:00:00Z', [true, true], false],
    ['awaiting the supervisor', 'AWAITING_SUPERVISOR', '2018-06-01T12:00:00Z', [false], false],
    ['screened out', 'SCREENED_OUT', '2018-06-01T12:00:00Z', [false], false],
    ['a draft', 'DRAFT', '2018-06-01T12:00:00Z', [false], false],
  ] as const)('%s → overdue %p', (_name, status, now, findings, overdue) => {
    const allegations = findings.map((hasFinding) => ({
      maltreatmentType: 'SEXUAL_ABUSE' as const,
      descriptors: [],
      hasFinding,
    }));
    expect(
      computeClocks(report({ status, receivedAt: received, allegations }), [], new Date(now)).initialAssessmentOverdue,
    ).toBe(overdue);
  });

  test('never overdue without a received time', () => {
    const r = report({ status: 'SCREENED_IN', receivedAt: null });
    expect(computeClocks(r, [], new Date('2030-01-01T00:00:00Z')).initialAssessmentOverdue).toBe(false);
  });
});
