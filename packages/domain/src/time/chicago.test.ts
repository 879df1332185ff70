import { addDays, chicagoDate, chicagoMidnight, isCalendarDate, parseDate, todayInChicago, weekday } from './chicago';

describe('chicagoDate', () => {
  test.each([
    // winter: UTC-6
    ['2018-03-02T03:00:00.000Z', '2018-03-01'],
    ['2018-03-02T05:59:59.999Z', '2018-03-01'],
    ['2018-03-02T06:00:00.000Z', '2018-03-02'],
    // summer: UTC-5
    ['2018-07-04T04:59:59.000Z', '2018-07-03'],
    ['2018-07-04T05:00:00.000Z', '2018-07-04'],
    // DST starts 2018-03-11 02:00 CST (08:00Z); the day still begins at 06:00Z
    ['2018-03-11T05:59:59.000Z', '2018-03-10'],
    ['2018-03-11T06:00:00.000Z', '2018-03-11'],
    ['2018-03-12T04:59:59.000Z', '2018-03-11'],
    ['2018-03-12T05:00:00.000Z', '2018-03-12'],
    // DST ends 2018-11-04 02:00 CDT (07:00Z); that day is 25 hours long
    ['2018-11-04T04:59:59.000Z', '2018-11-03'],
    ['2018-11-04T05:00:00.000Z', '2018-11-04'],
    ['2018-11-05T05:59:59.000Z', '2018-11-04'],
    ['2018-11-05T06:00:00.000Z', '2018-11-05'],
    // year end
    ['2019-01-01T05:59:59.000Z', '2018-12-31'],
    ['2019-01-01T06:00:00.000Z', '2019-01-01'],
    // leap day
    ['2016-03-01T03:00:00.000Z', '2016-02-29'],
    // other zones in the string are read as the instants they are
    ['2018-03-02T08:00:00+09:00', '2018-03-01'],
    ['2018-03-01T23:30:00-06:00', '2018-03-01'],
  ])('%s is %s in Chicago', (instant, date) => {
    expect(chicagoDate(instant)).toBe(date);
    expect(chicagoDate(new Date(instant))).toBe(date);
  });

  test('refuses a string that is not an instant', () => {
    expect(() => chicagoDate('yesterday')).toThrow(RangeError);
  });

  // chicagoDate reads each UTC hour's offset from Intl once and then does arithmetic; here Intl
  // alone decides, instant by instant: at every DST change, in 1883 (local mean time, -5:50:36,
  // to Central time at 12:09:24Z), around the 1900s and far ahead, and at random instants.
  const intl = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const intlDate = (ms: number) => intl.format(new Date(ms));
  test('agrees with Intl around every kind of clock change, second by second near each', () => {
    const changes = [
      '1883-11-18T18:00:00Z',
      '1883-11-18T12:09:24Z',
      '2018-03-11T08:00:00Z',
      '2018-11-04T07:00:00Z',
      '1918-03-31T08:00:00Z',
      '1967-04-30T08:00:00Z',
      '2099-11-01T07:00:00Z',
    ];
    for (const change of changes) {
      const at = Date.parse(change);
      for (let ms = at - 7 * 3_600_000; ms <= at + 7 * 3_600_000; ms += 599_999) {
        expect(chicagoDate(new Date(ms))).toBe(intlDate(ms));
      }
      for (let ms = at - 3_000; ms <= at + 3_000; ms += 250) expect(chicagoDate(new Date(ms))).toBe(intlDate(ms));
    }
  });

  test('agrees with Intl at 20,000 random instants from 1850 to 2150', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const [from, to] = [Date.parse('1850-01-01T00:00:00Z'), Date.parse('2150-01-01T00:00:00Z')];
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(from + random() * (to - from));
      expect(chicagoDate(new Date(ms))).toBe(intlDate(ms));
    }
  });
});

describe('chicagoMidnight', () => {
  test('is 00:00:00 on its own date by Intl, for every date of 1883, 1918, 2018 and 2099 and every 5th day from 1850 to 2150', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Chicago',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    const dates: string[] = [];
    for (const year of ['1883', '1918', '2018', '2099'])
      for (let d = `${year}-01-01`; d.startsWith(year); d = addDays(d, 1)) dates.push(d);
    for (let d = '1850-01-01'; d < '2150-01-01'; d = addDays(d, 5)) dates.push(d);
    for (const date of dates) expect(intl.format(chicagoMidnight(date))).toBe(`${date}, 00:00:00`);
  });

  test.each([
    ['2018-01-15', '2018-01-15T06:00:00.000Z'],
    ['2018-07-04', '2018-07-04T05:00:00.000Z'],
    ['2018-03-10', '2018-03-10T06:00:00.000Z'],
    ['2018-03-11', '2018-03-11T06:00:00.000Z'], // the DST Sunday begins in CST
    ['2018-03-12', '2018-03-12T05:00:00.000Z'],
    ['2018-11-04', '2018-11-04T05:00:00.000Z'], // the fall-back Sunday begins in CDT
    ['2018-11-05', '2018-11-05T06:00:00.000Z'],
    ['2019-01-01', '2019-01-01T06:00:00.000Z'],
    ['2016-02-29', '2016-02-29T06:00:00.000Z'],
    ['2000-02-29', '2000-02-29T06:00:00.000Z'],
  ])('%s begins at %s', (date, instant) => {
    expect(chicagoMidnight(date).toISOString()).toBe(instant);
    expect(chicagoDate(chicagoMidnight(date))).toBe(date);
  });

  test('the DST Sundays are 23 and 25 hours long', () => {
    const hours = (d: string) => (chicagoMidnight(addDays(d, 1)).getTime() - chicagoMidnight(d).getTime()) / 3_600_000;
    expect(hours('2018-03-11')).toBe(23);
    expect(hours('2018-11-04')).toBe(25);
    expect(hours('2018-11-05')).toBe(24);
  });

  test.each(['2018-02-29', '2018-13-01', '2018-1-1', '2018-01-01T00:00:00Z', ''])('refuses %p', (date) => {
    expect(() => chicagoMidnight(date)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  test.each([
    ['2018-12-31', 1, '2019-01-01'],
    ['2019-01-01', -1, '2018-12-31'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2018-02-28', 1, '2018-03-01'],
    ['2016-02-29', 365, '2017-02-28'],
    ['2018-03-10', 1, '2018-03-11'],
    ['2018-11-03', 2, '2018-11-05'],
    ['2018-03-02', 60, '2018-05-01'],
    ['2018-03-02', 0, '2018-03-02'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  test('refuses fractions of a day', () => {
    expect(() => addDays('2018-03-02', 0.5)).toThrow(RangeError);
  });
});

describe('weekday', () => {
  test.each([
    ['2018-03-11', 0],
    ['2018-11-04', 0],
    ['2018-03-09', 5],
    ['2018-03-10', 6],
    ['2018-03-12', 1],
    ['2016-02-29', 1],
    ['2019-01-01', 2],
  ])('%s is day %i', (date, day) => {
    expect(weekday(date)).toBe(day);
  });
});

test('todayInChicago is the Chicago date of now', () => {
  expect(todayInChicago(new Date('2018-03-02T03:00:00Z'))).toBe('2018-03-01');
});

test('parseDate and isCalendarDate accept only dates that exist', () => {
  expect(parseDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
  expect(isCalendarDate('2016-02-29')).toBe(true);
  expect(isCalendarDate('2017-02-29')).toBe(false);
  expect(isCalendarDate('2017-04-31')).toBe(false);
});
