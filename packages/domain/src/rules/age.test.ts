import { ageAtReport, ageOn } from './age';

describe('ageOn', () => {
  test.each([
    ['2000-03-02', '2018-03-01', 17],
    ['2000-03-02', '2018-03-02', 18],
    ['2000-03-02', '2018-03-03', 18],
    ['2000-12-31', '2018-12-30', 17],
    ['2000-12-31', '2018-12-31', 18],
    ['2001-01-01', '2018-12-31', 17],
    ['2001-01-01', '2019-01-01', 18],
    // Feb 29 birthdays: the birthday counts on Mar 1 in years without a leap day
    ['2000-02-29', '2018-02-28', 17],
    ['2000-02-29', '2018-03-01', 18],
    ['2000-02-29', '2016-02-28', 15],
    ['2000-02-29', '2016-02-29', 16],
    ['2018-03-02', '2018-03-02', 0],
    ['2018-03-02', '2018-03-01', -1],
  ])('born %s, on %s: %i', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });

  test('refuses dates that do not exist', () => {
    expect(() => ageOn('2001-02-29', '2018-03-01')).toThrow(RangeError);
  });
});

describe('ageAtReport', () => {
  test.each([
    // 03:00Z on March 2 is still March 1 in Chicago: not yet 18, although the UTC date says 18
    [{ dateOfBirth: '2000-03-02' }, '2018-03-02T03:00:00.000Z', 17],
    [{ dateOfBirth: '2000-03-02' }, '2018-03-02T06:00:00.000Z', 18],
    // the reverse: 23:00Z on March 1 is 17:00 March 1 in Chicago, the 18th birthday
    [{ dateOfBirth: '2000-03-01' }, '2018-03-01T23:00:00.000Z', 18],
    // a zone whose own date is March 2 while Chicago's is still March 1
    [{ dateOfBirth: '2000-03-02' }, '2018-03-02T08:00:00+09:00', 17],
    // the date of birth wins over the approximate age
    [{ dateOfBirth: '2000-03-02', approximateAge: 25 }, '2018-03-02T12:00:00Z', 18],
    [{ dateOfBirth: null, approximateAge: 15 }, '2018-03-02T12:00:00Z', 15],
    [{ approximateAge: 0 }, '2018-03-02T12:00:00Z', 0],
    [{ dateOfBirth: null, approximateAge: null }, '2018-03-02T12:00:00Z', null],
    [{}, '2018-03-02T12:00:00Z', null],
    // no received time yet: only the approximate age can be used
    [{ dateOfBirth: '2000-03-02', approximateAge: 16 }, null, 16],
    [{ dateOfBirth: '2000-03-02' }, undefined, null],
  ])('%j received %s: %p', (person, receivedAt, age) => {
    expect(ageAtReport(person, receivedAt)).toBe(age);
  });

  test('accepts a Date', () => {
    expect(ageAtReport({ dateOfBirth: '2000-03-02' }, new Date('2018-03-02T03:00:00Z'))).toBe(17);
  });
});
