import { hasOpenClock, mostUrgentFirst } from './queue-order';
import { summary } from './test-reports';

const now = new Date('2018-03-05T15:00:00.000Z');
const ids = (reports: { id: string }[]) => reports.map((r) => r.id);

it('puts overdue LE-12H referrals first, then the earliest due, then present danger, then the oldest', () => {
  const reports = [
    summary({
      id: 'no-clock-old',
      receivedAt: '2018-03-01T10:00:00.000Z',
      computed: { lawEnforcementStatus: 'NOT_REQUIRED', lawEnforcementDueAt: null },
    }),
    summary({ id: 'due-later', computed: { lawEnforcementDueAt: '2018-03-05T20:00:00.000Z' } }),
    summary({
      id: 'no-clock-danger',
      presentDangerThreat: true,
      receivedAt: '2018-03-04T10:00:00.000Z',
      computed: { lawEnforcementStatus: 'NOT_REQUIRED', lawEnforcementDueAt: null },
    }),
    summary({ id: 'due-soon', computed: { lawEnforcementDueAt: '2018-03-05T16:00:00.000Z' } }),
    summary({
      id: 'overdue',
      computed: { lawEnforcementStatus: 'OVERDUE', lawEnforcementDueAt: '2018-03-05T12:00:00.000Z' },
    }),
    summary({
      id: 'notified',
      receivedAt: '2018-03-05T01:00:00.000Z',
      computed: { lawEnforcementStatus: 'ON_TIME', lawEnforcementDueAt: '2018-03-05T13:00:00.000Z' },
    }),
    summary({
      id: 'no-clock-new',
      receivedAt: '2018-03-05T10:00:00.000Z',
      computed: { lawEnforcementStatus: 'NOT_REQUIRED', lawEnforcementDueAt: null },
    }),
  ];

  expect(ids(mostUrgentFirst(reports, now))).toEqual([
    'overdue',
    'due-soon',
    'due-later',
    'no-clock-danger',
    'no-clock-old',
    'notified',
    'no-clock-new',
  ]);
});

it('counts a pending referral whose due time has passed since loading as overdue', () => {
  const reports = [
    summary({ id: 'earlier-pending', computed: { lawEnforcementDueAt: '2018-03-05T14:30:00.000Z' } }),
    summary({
      id: 'overdue-by-api',
      computed: { lawEnforcementStatus: 'OVERDUE', lawEnforcementDueAt: '2018-03-05T14:45:00.000Z' },
    }),
  ];
  // both overdue at 15:00: the longest overdue comes first
  expect(ids(mostUrgentFirst(reports, now))).toEqual(['earlier-pending', 'overdue-by-api']);
});

it('keeps screened-in reports with an open LE-12H or TRIBE-24H clock or an overdue assessment', () => {
  const closed = {
    lawEnforcementStatus: 'ON_TIME',
    tribalNotificationStatus: 'NOT_REQUIRED',
    initialAssessmentOverdue: false,
  } as const;
  expect(hasOpenClock(summary({ computed: closed }), now)).toBe(false);
  expect(hasOpenClock(summary({ computed: { ...closed, lawEnforcementStatus: 'PENDING' } }), now)).toBe(true);
  expect(
    hasOpenClock(
      summary({
        computed: {
          ...closed,
          tribalNotificationStatus: 'OVERDUE',
          tribalNotificationDueAt: '2018-03-04T00:00:00.000Z',
        },
      }),
      now,
    ),
  ).toBe(true);
  expect(hasOpenClock(summary({ computed: { ...closed, initialAssessmentOverdue: true } }), now)).toBe(true);
});
