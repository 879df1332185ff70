import { chicagoDateAndTime, chicagoInstant, formatCalendarDate, formatChicagoDateTime } from './chicago-time';

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
