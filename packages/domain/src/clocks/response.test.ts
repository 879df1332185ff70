import { type ResponseClockReport, type ResponseContact, responseClock, responseDueAt } from './response';

// RESPONSE-TIME. Times are written in Chicago wall time with their offset (-06:00 CST, -05:00 CDT).
// Wisconsin state holidays of 2018 as an admin would enter them, plus Dec 26.
const HOLIDAYS = [
  '2018-01-01',
  '2018-05-28',
  '2018-07-04',
  '2018-09-03',
  '2018-11-22',
  '2018-11-23',
  '2018-12-24',
  '2018-12-25',
  '2018-12-26',
  '2018-12-31',
  '2019-01-01',
];

const iso = (s: string) => new Date(s).toISOString();

describe('responseDueAt', () => {
  test.each([
    // SAME_DAY: the end of the Chicago day received, whatever the day
    ['SAME_DAY', 'Monday 09:00 → Tuesday 00:00', '2018-03-05T09:00:00-06:00', '2018-03-06T00:00:00-06:00'],
    ['SAME_DAY', 'Monday 00:00 → Tuesday 00:00', '2018-03-05T00:00:00-06:00', '2018-03-06T00:00:00-06:00'],
    [
      'SAME_DAY',
      'late: Monday 23:59:59.999 → Tuesday 00:00',
      '2018-03-05T23:59:59.999-06:00',
      '2018-03-06T00:00:00-06:00',
    ],
    [
      'SAME_DAY',
      'late: Monday 23:30 (Tuesday in UTC) → Tuesday 00:00',
      '2018-03-05T23:30:00-06:00',
      '2018-03-06T06:00:00.000Z',
    ],
    ['SAME_DAY', 'Friday 20:00 → Saturday 00:00', '2018-03-02T20:00:00-06:00', '2018-03-03T00:00:00-06:00'],
    ['SAME_DAY', 'Saturday 10:00 → Sunday 00:00', '2018-03-03T10:00:00-06:00', '2018-03-04T00:00:00-06:00'],
    ['SAME_DAY', 'on Christmas → its end', '2018-12-25T10:00:00-06:00', '2018-12-26T00:00:00-06:00'],
    [
      'SAME_DAY',
      'spring: Saturday 22:00 CST → Sunday 00:00 CST',
      '2018-03-10T22:00:00-06:00',
      '2018-03-11T00:00:00-06:00',
    ],
    [
      'SAME_DAY',
      'spring: Sunday 01:30 CST (a 23-hour day) → Monday 00:00 CDT',
      '2018-03-11T01:30:00-06:00',
      '2018-03-12T00:00:00-05:00',
    ],
    [
      'SAME_DAY',
      'spring: Sunday 12:00 CDT → Monday 00:00 CDT',
      '2018-03-11T12:00:00-05:00',
      '2018-03-12T00:00:00-05:00',
    ],
    [
      'SAME_DAY',
      'fall: Sunday 01:30 CDT (the first) → Monday 00:00 CST',
      '2018-11-04T01:30:00-05:00',
      '2018-11-05T00:00:00-06:00',
    ],
    [
      'SAME_DAY',
      'fall: Sunday 01:30 CST (the second) → Monday 00:00 CST',
      '2018-11-04T01:30:00-06:00',
      '2018-11-05T00:00:00-06:00',
    ],
    [
      'SAME_DAY',
      'fall: Saturday 23:00 CDT → Sunday 00:00 CDT',
      '2018-11-03T23:00:00-05:00',
      '2018-11-04T00:00:00-05:00',
    ],
    // WITHIN_48_HOURS: elapsed hours; weekends, holidays and clock changes do not matter
    ['WITHIN_48_HOURS', 'Monday 09:00 → Wednesday 09:00', '2018-03-05T09:00:00-06:00', '2018-03-07T09:00:00-06:00'],
    [
      'WITHIN_48_HOURS',
      'late: Monday 23:59 → Wednesday 23:59',
      '2018-03-05T23:59:00-06:00',
      '2018-03-07T23:59:00-06:00',
    ],
    ['WITHIN_48_HOURS', 'Friday 20:00 → Sunday 20:00', '2018-03-02T20:00:00-06:00', '2018-03-04T20:00:00-06:00'],
    [
      'WITHIN_48_HOURS',
      'before the holidays: Christmas Eve 10:00 → Dec 26 10:00',
      '2018-12-24T10:00:00-06:00',
      '2018-12-26T10:00:00-06:00',
    ],
    [
      'WITHIN_48_HOURS',
      'spring: Saturday 12:00 CST → Monday 13:00 CDT',
      '2018-03-10T12:00:00-06:00',
      '2018-03-12T13:00:00-05:00',
    ],
    [
      'WITHIN_48_HOURS',
      'fall: Saturday 12:00 CDT → Monday 11:00 CST',
      '2018-11-03T12:00:00-05:00',
      '2018-11-05T11:00:00-06:00',
    ],
    // WITHIN_5_BUSINESS_DAYS: the end of the fifth business day after the day received
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Monday → the next Monday, ending in CDT',
      '2018-03-05T09:00:00-06:00',
      '2018-03-13T00:00:00-05:00',
    ],
    ['WITHIN_5_BUSINESS_DAYS', 'Monday 00:00 → the same', '2018-03-05T00:00:00-06:00', '2018-03-13T00:00:00-05:00'],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'late: Monday 23:59:59.999 → the same',
      '2018-03-05T23:59:59.999-06:00',
      '2018-03-13T00:00:00-05:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Friday 20:00 → the end of the next Friday',
      '2018-03-02T20:00:00-06:00',
      '2018-03-10T00:00:00-06:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'late: Friday 23:30 (Saturday in UTC) → the same',
      '2018-03-02T23:30:00-06:00',
      '2018-03-10T00:00:00-06:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Saturday → the end of the next Friday',
      '2018-03-03T10:00:00-06:00',
      '2018-03-10T00:00:00-06:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Sunday → the end of the next Friday',
      '2018-03-04T23:00:00-06:00',
      '2018-03-10T00:00:00-06:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Memorial Day inside: Wednesday → Thursday of the next week',
      '2018-05-23T10:00:00-05:00',
      '2018-06-01T00:00:00-05:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'received on July 4th → the next Wednesday',
      '2018-07-04T10:00:00-05:00',
      '2018-07-12T00:00:00-05:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Thanksgiving and the day after skipped',
      '2018-11-21T10:00:00-06:00',
      '2018-12-01T00:00:00-06:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'Friday before Christmas: five holidays skipped',
      '2018-12-21T16:00:00-06:00',
      '2019-01-05T00:00:00-06:00',
    ],
    [
      'WITHIN_5_BUSINESS_DAYS',
      'fall: Wednesday CDT → Wednesday, ending in CST',
      '2018-10-31T10:00:00-05:00',
      '2018-11-08T00:00:00-06:00',
    ],
  ] as const)('%s: %s', (responseTime, _name, received, due) => {
    expect(responseDueAt(new Date(received), responseTime, HOLIDAYS).toISOString()).toBe(iso(due));
  });

  test('holidays are read when the clock is read: one added later moves the due time', () => {
    const received = new Date('2018-03-05T09:00:00-06:00');
    expect(responseDueAt(received, 'WITHIN_5_BUSINESS_DAYS', []).toISOString()).toBe(iso('2018-03-13T00:00:00-05:00'));
    expect(responseDueAt(received, 'WITHIN_5_BUSINESS_DAYS', new Set(['2018-03-07'])).toISOString()).toBe(
      iso('2018-03-14T00:00:00-05:00'),
    );
    // SAME_DAY and 48 hours never read the calendar
    expect(responseDueAt(received, 'SAME_DAY', ['2018-03-05']).toISOString()).toBe(iso('2018-03-06T00:00:00-06:00'));
    expect(responseDueAt(received, 'WITHIN_48_HOURS', ['2018-03-06']).toISOString()).toBe(
      iso('2018-03-07T09:00:00-06:00'),
    );
  });
});

// A screened-in report received Monday 2018-03-05 09:00, SAME_DAY: due Tuesday 00:00 CST.
const DUE = '2018-03-06T00:00:00-06:00';
const BEFORE = '2018-03-05T15:00:00-06:00';
const AFTER = '2018-03-06T09:00:00-06:00';
const NOW_BEFORE = new Date('2018-03-05T18:00:00-06:00');
const NOW_AFTER = new Date('2018-03-08T12:00:00-06:00');

const VICTIM = 'p-ana';
const SIBLING = 'p-ben'; // a child of the report with no allegation
const CAREGIVER = 'p-mother';
const SECOND_VICTIM = 'p-cara';

function report(contacts: ResponseContact[], overrides: Partial<ResponseClockReport> = {}): ResponseClockReport {
  return {
    status: 'SCREENED_IN',
    receivedAt: '2018-03-05T09:00:00-06:00',
    responseTime: 'SAME_DAY',
    persons: [
      { key: 'ana', personId: VICTIM },
      { key: 'ben', personId: SIBLING },
      { key: 'mother', personId: CAREGIVER },
      { key: 'cara', personId: SECOND_VICTIM },
    ],
    allegations: [{ childKey: 'ana' }, { childKey: 'cara' }, { childKey: null }],
    contacts,
    ...overrides,
  };
}

const contact = (
  personId: string,
  outcome: ResponseContact['outcome'],
  at: string,
  kind: ResponseContact['kind'] = 'CHILD_SEEN',
): ResponseContact => ({ personId, kind, outcome, at });

describe('responseClock', () => {
  test.each(['DRAFT', 'AWAITING_SUPERVISOR', 'SCREENED_OUT', 'DISCARDED'] as const)(
    '%s: NOT_REQUIRED, no due time, whatever the contacts',
    (status) => {
      const clock = responseClock(report([contact(VICTIM, 'COMPLETED', BEFORE)], { status }), HOLIDAYS, NOW_AFTER);
      expect(clock).toEqual({
        responseDueAt: null,
        responseStatus: 'NOT_REQUIRED',
        responseAttemptStatus: 'NOT_REQUIRED',
      });
    },
  );

  test.each<[string, ResponseContact[], Date, string, string]>([
    ['no contact, before the due time', [], NOW_BEFORE, 'PENDING', 'PENDING'],
    ['no contact, after the due time', [], NOW_AFTER, 'OVERDUE', 'OVERDUE'],
    ['the victim seen before the due time', [contact(VICTIM, 'COMPLETED', BEFORE)], NOW_AFTER, 'ON_TIME', 'ON_TIME'],
    ['the victim seen at the due time', [contact(VICTIM, 'COMPLETED', DUE)], NOW_AFTER, 'ON_TIME', 'ON_TIME'],
    ['the victim seen after the due time', [contact(VICTIM, 'COMPLETED', AFTER)], NOW_AFTER, 'LATE', 'LATE'],
    [
      'the other victim seen: any alleged victim counts',
      [contact(SECOND_VICTIM, 'COMPLETED', BEFORE)],
      NOW_AFTER,
      'ON_TIME',
      'ON_TIME',
    ],
    // attempts never make the report on time
    [
      'an attempt on time, nothing yet, before the due time',
      [contact(VICTIM, 'ATTEMPTED', BEFORE)],
      NOW_BEFORE,
      'PENDING',
      'ON_TIME',
    ],
    ['an attempt on time, never seen', [contact(VICTIM, 'ATTEMPTED', BEFORE)], NOW_AFTER, 'OVERDUE', 'ON_TIME'],
    [
      'an attempt on time, seen late',
      [contact(VICTIM, 'COMPLETED', AFTER), contact(VICTIM, 'ATTEMPTED', BEFORE)],
      NOW_AFTER,
      'LATE',
      'ON_TIME',
    ],
    ['a late attempt only', [contact(VICTIM, 'ATTEMPTED', AFTER)], NOW_AFTER, 'OVERDUE', 'LATE'],
    // a caregiver contact never counts for the child
    [
      'the caregiver seen on time',
      [contact(CAREGIVER, 'COMPLETED', BEFORE, 'CAREGIVER_SEEN')],
      NOW_AFTER,
      'OVERDUE',
      'OVERDUE',
    ],
    [
      'the caregiver seen on time, the child late',
      [contact(CAREGIVER, 'COMPLETED', BEFORE, 'CAREGIVER_SEEN'), contact(VICTIM, 'COMPLETED', AFTER)],
      NOW_AFTER,
      'LATE',
      'LATE',
    ],
    // a child who is not an alleged victim does not count
    [
      'a sibling with no allegation seen on time',
      [contact(SIBLING, 'COMPLETED', BEFORE)],
      NOW_AFTER,
      'OVERDUE',
      'OVERDUE',
    ],
    ['a sibling attempted on time', [contact(SIBLING, 'ATTEMPTED', BEFORE)], NOW_BEFORE, 'PENDING', 'PENDING'],
    [
      'the earliest of several counts',
      [contact(VICTIM, 'COMPLETED', AFTER), contact(SECOND_VICTIM, 'COMPLETED', BEFORE)],
      NOW_AFTER,
      'ON_TIME',
      'ON_TIME',
    ],
  ])('%s → %s, attempted %s', (_name, contacts, now, status, attemptStatus) => {
    const clock = responseClock(report(contacts), HOLIDAYS, now);
    expect(clock).toEqual({
      responseDueAt: iso(DUE),
      responseStatus: status,
      responseAttemptStatus: attemptStatus,
    });
  });

  test('the decision’s response time sets the due time; holidays are the ones passed', () => {
    const clock = responseClock(report([], { responseTime: 'WITHIN_5_BUSINESS_DAYS' }), ['2018-03-07'], NOW_BEFORE);
    expect(clock.responseDueAt).toBe(iso('2018-03-14T00:00:00-05:00'));
    expect(responseClock(report([], { responseTime: 'WITHIN_48_HOURS' }), [], NOW_BEFORE).responseDueAt).toBe(
      iso('2018-03-07T09:00:00-06:00'),
    );
  });

  test('accepts Date contact times', () => {
    const clock = responseClock(report([contact(VICTIM, 'COMPLETED', BEFORE)]), HOLIDAYS, NOW_AFTER);
    const withDate = responseClock(
      report([{ ...contact(VICTIM, 'COMPLETED', BEFORE), at: new Date(BEFORE) }]),
      HOLIDAYS,
      NOW_AFTER,
    );
    expect(withDate).toEqual(clock);
  });

  test('a person not yet given a registry id is no alleged victim to count', () => {
    const clock = responseClock(
      report([contact(VICTIM, 'COMPLETED', BEFORE)], { persons: [{ key: 'ana', personId: null }] }),
      HOLIDAYS,
      NOW_AFTER,
    );
    expect(clock.responseStatus).toBe('OVERDUE');
  });

  test('without a received time or a response time the clock is PENDING with no due time', () => {
    for (const overrides of [{ receivedAt: null }, { responseTime: null }]) {
      expect(responseClock(report([], overrides), HOLIDAYS, NOW_AFTER)).toEqual({
        responseDueAt: null,
        responseStatus: 'PENDING',
        responseAttemptStatus: 'PENDING',
      });
    }
  });
});
