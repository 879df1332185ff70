import { addDays } from '../time/chicago';
import { isBusinessDay, lawEnforcementDueAt } from './clocks';

// Wisconsin state holidays of 2018 as an admin would enter them, plus Dec 26 to make a long run.
const HOLIDAYS_2018 = [
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

// Times are written in Chicago wall time with their offset (-06:00 CST, -05:00 CDT).
test.each([
  ['Monday 09:00 → Monday 21:00', '2018-03-05T09:00:00-06:00', '2018-03-05T21:00:00-06:00'],
  ['Thursday 14:00 → Friday 02:00', '2018-03-08T14:00:00-06:00', '2018-03-09T02:00:00-06:00'],
  ['Monday 00:00 → Monday 12:00', '2018-03-05T00:00:00-06:00', '2018-03-05T12:00:00-06:00'],
  ['Friday 20:00 → Monday 08:00', '2018-03-02T20:00:00-06:00', '2018-03-05T08:00:00-06:00'],
  ['Saturday 10:00 → Monday 12:00', '2018-03-03T10:00:00-06:00', '2018-03-05T12:00:00-06:00'],
  ['Sunday 23:59 → Monday 12:00', '2018-03-04T23:59:00-06:00', '2018-03-05T12:00:00-06:00'],
  ['Friday 12:00 → Saturday 00:00 (Friday 24:00)', '2018-03-02T12:00:00-06:00', '2018-03-03T00:00:00-06:00'],
  ['Friday 12:00:00.001 → Monday 00:00:00.001', '2018-03-02T12:00:00.001-06:00', '2018-03-05T00:00:00.001-06:00'],
  ['Friday 11:59 → Friday 23:59', '2018-03-02T11:59:00-06:00', '2018-03-02T23:59:00-06:00'],
  // DST starts Sunday 2018-03-11: wall times hold across the skipped weekend
  ['spring: Friday 20:00 CST → Monday 08:00 CDT', '2018-03-09T20:00:00-06:00', '2018-03-12T08:00:00-05:00'],
  ['spring: Saturday 10:00 CST → Monday 12:00 CDT', '2018-03-10T10:00:00-06:00', '2018-03-12T12:00:00-05:00'],
  ['spring: Sunday 03:30 CDT → Monday 12:00 CDT', '2018-03-11T03:30:00-05:00', '2018-03-12T12:00:00-05:00'],
  // DST ends Sunday 2018-11-04
  ['fall: Friday 20:00 CDT → Monday 08:00 CST', '2018-11-02T20:00:00-05:00', '2018-11-05T08:00:00-06:00'],
  [
    'fall: Sunday 01:30 CDT (the first one) → Monday 12:00 CST',
    '2018-11-04T01:30:00-05:00',
    '2018-11-05T12:00:00-06:00',
  ],
  [
    'fall: Sunday 01:30 CST (the second one) → Monday 12:00 CST',
    '2018-11-04T01:30:00-06:00',
    '2018-11-05T12:00:00-06:00',
  ],
  // holidays
  ['holiday Monday: Friday 20:00 → Tuesday 08:00', '2018-08-31T20:00:00-05:00', '2018-09-04T08:00:00-05:00'],
  [
    'received on a holiday: counts from the next business day',
    '2018-09-03T10:00:00-05:00',
    '2018-09-04T12:00:00-05:00',
  ],
  ['Thanksgiving Thursday and Friday', '2018-11-21T18:00:00-06:00', '2018-11-26T06:00:00-06:00'],
  ['Dec 24/25/26 after a weekend', '2018-12-21T20:00:00-06:00', '2018-12-27T08:00:00-06:00'],
  ['received Christmas Eve', '2018-12-24T09:00:00-06:00', '2018-12-27T12:00:00-06:00'],
  ['year end: Dec 31 and Jan 1', '2018-12-28T20:00:00-06:00', '2019-01-02T08:00:00-06:00'],
  ['year end: Monday Dec 31 23:00', '2018-12-31T23:00:00-06:00', '2019-01-02T12:00:00-06:00'],
  // leap day
  ['Friday before a leap day → Monday Feb 29', '2016-02-26T20:00:00-06:00', '2016-02-29T08:00:00-06:00'],
  ['leap day 18:00 → Tuesday Mar 1 06:00', '2016-02-29T18:00:00-06:00', '2016-03-01T06:00:00-06:00'],
])('%s', (_name, receivedAt, due) => {
  expect(lawEnforcementDueAt(new Date(receivedAt), HOLIDAYS_2018).toISOString()).toBe(iso(due));
  expect(lawEnforcementDueAt(new Date(receivedAt), new Set(HOLIDAYS_2018)).toISOString()).toBe(iso(due));
});

test('a holiday added later moves the due time', () => {
  const received = new Date('2018-08-31T20:00:00-05:00');
  expect(lawEnforcementDueAt(received, []).toISOString()).toBe(iso('2018-09-03T08:00:00-05:00'));
  expect(lawEnforcementDueAt(received, ['2018-09-03']).toISOString()).toBe(iso('2018-09-04T08:00:00-05:00'));
});

test('a date that is not a holiday of the calendar counts as a business day', () => {
  expect(lawEnforcementDueAt(new Date('2018-12-25T10:00:00-06:00'), []).toISOString()).toBe(
    iso('2018-12-25T22:00:00-06:00'),
  );
});

test('a year of holidays is walked quickly, one day at a time', () => {
  const all2018: string[] = [];
  for (let d = '2018-01-01'; d < '2019-01-01'; d = addDays(d, 1)) all2018.push(d);
  const started = Date.now();
  const due = lawEnforcementDueAt(new Date('2018-01-01T09:00:00-06:00'), all2018);
  expect(due.toISOString()).toBe(iso('2019-01-01T12:00:00-06:00'));
  expect(Date.now() - started).toBeLessThan(1000);
});

test('a calendar with no business day at all is refused, not looped over forever', () => {
  const every: string[] = [];
  for (let d = '2018-01-01'; every.length < 4000; d = addDays(d, 1)) every.push(d);
  expect(() => lawEnforcementDueAt(new Date('2018-01-01T09:00:00-06:00'), every)).toThrow(RangeError);
});

test.each([
  ['2018-03-09', true],
  ['2018-03-10', false],
  ['2018-03-11', false],
  ['2018-09-03', false],
  ['2018-09-04', true],
])('isBusinessDay(%s) is %p', (date, expected) => {
  expect(isBusinessDay(date, HOLIDAYS_2018)).toBe(expected);
});
