import {
  chicagoDateAndTime,
  chicagoInstant,
  chicagoWallTimeToIso,
  formatCalendarDate,
  formatChicago,
  formatChicagoDateTime,
  formatDuration,
  isoToChicagoParts,
} from './chicago-time';

it('shows instants in Chicago time with the zone named', () => {
  expect(formatChicagoDateTime('2018-03-02T15:04:05.000Z')).toBe('Fri, Mar 2, 2018, 9:04 AM CST');
  expect(formatChicagoDateTime('2018-07-02T15:04:05.000Z', { short: true })).toBe('Mon, Jul 2, 10:04 AM CDT');
  expect(formatCalendarDate('2018-05-01')).toBe('Tue, May 1, 2018');
});

it('reads a Chicago date and time as the instant they name, in winter and in summer', () => {
  expect(chicagoInstant('2018-03-02', '09:04')?.toISOString()).toBe('2018-03-02T15:04:00.000Z');
  expect(chicagoInstant('2018-07-02', '10:04')?.toISOString()).toBe('2018-07-02T15:04:00.000Z');
  // the day clocks go forward: 01:30 is CST, 03:30 is CDT
  expect(chicagoInstant('2018-03-11', '01:30')?.toISOString()).toBe('2018-03-11T07:30:00.000Z');
  expect(chicagoInstant('2018-03-11', '03:30')?.toISOString()).toBe('2018-03-11T08:30:00.000Z');
  expect(chicagoInstant('2018-03-02', '9:04')).toBeNull();
  expect(chicagoInstant('', '09:04')).toBeNull();
});

it('gives the Chicago wall clock of an instant for the date and time inputs', () => {
  expect(chicagoDateAndTime(new Date('2018-03-02T03:30:00.000Z'))).toEqual({ date: '2018-03-01', time: '21:30' });
});

test.each([
  ['2018-03-02', '09:04', '2018-03-02T15:04:00.000Z'], // CST, UTC-6
  ['2018-07-02', '09:04', '2018-07-02T14:04:00.000Z'], // CDT, UTC-5
  ['2018-03-11', '01:30', '2018-03-11T07:30:00.000Z'], // the last half hour before the spring change
  ['2018-03-11', '03:30', '2018-03-11T08:30:00.000Z'], // the first after it
  ['2018-11-04', '00:15', '2018-11-04T05:15:00.000Z'],
  ['2018-12-31', '23:59', '2019-01-01T05:59:00.000Z'], // a Chicago date on the UTC next day
])('%s %s Chicago is %s', (date, time, iso) => {
  expect(chicagoWallTimeToIso(date, time)).toBe(iso);
  expect(isoToChicagoParts(iso)).toEqual({ date, time });
});

test('half-typed or missing parts give no instant', () => {
  expect(chicagoWallTimeToIso('', '09:00')).toBeNull();
  expect(chicagoWallTimeToIso('2018-03-02', '')).toBeNull();
  expect(chicagoWallTimeToIso('2018-3-2', '9:00')).toBeNull();
  expect(isoToChicagoParts(null)).toEqual({ date: '', time: '' });
});

test('formats instants in Chicago time with the zone, and durations in plain words', () => {
  expect(formatChicago('2018-03-05T14:00:00.000Z')).toBe('Mon, Mar 5, 2018, 8:00 AM CST');
  expect(formatDuration(40_000)).toBe('40 s');
  expect(formatDuration(5 * 60_000)).toBe('5 min');
  expect(formatDuration((3 * 60 + 20) * 60_000)).toBe('3 h 20 min');
  expect(formatDuration(3 * 24 * 3_600_000)).toBe('3 days');
});
