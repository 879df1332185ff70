import { holidayYearsToSeed, wisconsinLegalHolidays } from './holidays';

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

// Expected lists worked out by hand from a printed calendar of each year.
test.each([
  [
    2018,
    [
      ['2018-01-01', "New Year's Day"],
      ['2018-01-15', 'Martin Luther King Jr. Day'],
      ['2018-05-28', 'Memorial Day'],
      ['2018-07-04', 'Independence Day'],
      ['2018-09-03', 'Labor Day'],
      ['2018-11-22', 'Thanksgiving Day'],
      ['2018-12-24', 'Christmas Eve'],
      ['2018-12-25', 'Christmas Day'],
      ['2018-12-31', "New Year's Eve"],
    ],
  ],
  [
    2026, // July 4 is a Saturday: a floating holiday, Friday July 3 stays a working day
    [
      ['2026-01-01', "New Year's Day"],
      ['2026-01-19', 'Martin Luther King Jr. Day'],
      ['2026-05-25', 'Memorial Day'],
      ['2026-07-04', 'Independence Day'],
      ['2026-09-07', 'Labor Day'],
      ['2026-11-26', 'Thanksgiving Day'],
      ['2026-12-24', 'Christmas Eve'],
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-31', "New Year's Eve"],
    ],
  ],
  [
    2027, // July 4 a Sunday → Monday July 5; December 25 a Saturday stays put
    [
      ['2027-01-01', "New Year's Day"],
      ['2027-01-18', 'Martin Luther King Jr. Day'],
      ['2027-05-31', 'Memorial Day'],
      ['2027-07-05', 'Independence Day (observed)'],
      ['2027-09-06', 'Labor Day'],
      ['2027-11-25', 'Thanksgiving Day'],
      ['2027-12-24', 'Christmas Eve'],
      ['2027-12-25', 'Christmas Day'],
      ['2027-12-31', "New Year's Eve"],
    ],
  ],
  [
    2022, // December 25 a Sunday → Monday December 26
    [
      ['2022-01-01', "New Year's Day"],
      ['2022-01-17', 'Martin Luther King Jr. Day'],
      ['2022-05-30', 'Memorial Day'],
      ['2022-07-04', 'Independence Day'],
      ['2022-09-05', 'Labor Day'],
      ['2022-11-24', 'Thanksgiving Day'],
      ['2022-12-24', 'Christmas Eve'],
      ['2022-12-26', 'Christmas Day (observed)'],
      ['2022-12-31', "New Year's Eve"],
    ],
  ],
  [
    2023, // January 1 a Sunday → Monday January 2
    [
      ['2023-01-02', "New Year's Day (observed)"],
      ['2023-01-16', 'Martin Luther King Jr. Day'],
      ['2023-05-29', 'Memorial Day'],
      ['2023-07-04', 'Independence Day'],
      ['2023-09-04', 'Labor Day'],
      ['2023-11-23', 'Thanksgiving Day'],
      ['2023-12-24', 'Christmas Eve'],
      ['2023-12-25', 'Christmas Day'],
      ['2023-12-31', "New Year's Eve"],
    ],
  ],
])('the legal holidays observed in %i', (year, expected) => {
  expect(wisconsinLegalHolidays(year)).toEqual(expected.map(([date, name]) => ({ date, name })));
});

test('only a Sunday January 1, July 4 or December 25 moves, and only to the Monday after', () => {
  for (let year = 1990; year <= 2100; year++) {
    for (const h of wisconsinLegalHolidays(year).filter((d) => d.name.endsWith('(observed)'))) {
      expect(weekdayOf(h.date)).toBe(1);
      expect(['01-02', '07-05', '12-26']).toContain(h.date.slice(5));
    }
  }
});

test('every year from 1990 to 2100: nine distinct days inside the year, sorted', () => {
  for (let year = 1990; year <= 2100; year++) {
    const dates = wisconsinLegalHolidays(year).map((d) => d.date);
    expect(dates).toHaveLength(9);
    expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    expect(new Set(dates).size).toBe(9);
    expect([...dates].sort()).toEqual(dates);
  }
});

test('the fixed rules: Thanksgiving is a Thursday from the 22nd to the 28th, the others Mondays', () => {
  for (let year = 2000; year <= 2050; year++) {
    const byName = new Map(wisconsinLegalHolidays(year).map((h) => [h.name, h.date]));
    const thanksgiving = byName.get('Thanksgiving Day')!;
    expect(weekdayOf(thanksgiving)).toBe(4);
    expect(Number(thanksgiving.slice(8))).toBeGreaterThanOrEqual(22);
    expect(Number(thanksgiving.slice(8))).toBeLessThanOrEqual(28);
    const mlk = byName.get('Martin Luther King Jr. Day')!;
    expect([weekdayOf(mlk), Number(mlk.slice(8)) >= 15 && Number(mlk.slice(8)) <= 21]).toEqual([1, true]);
    const memorial = byName.get('Memorial Day')!;
    expect([weekdayOf(memorial), Number(memorial.slice(8)) >= 25, memorial.slice(5, 7)]).toEqual([1, true, '05']);
    const labor = byName.get('Labor Day')!;
    expect([weekdayOf(labor), Number(labor.slice(8)) <= 7, labor.slice(5, 7)]).toEqual([1, true, '09']);
  }
});

test.each([2018.5, Number.NaN, 0])('refuses %p as a year', (year) => {
  expect(() => wisconsinLegalHolidays(year)).toThrow(RangeError);
});

test.each([
  ['2026-11-23T18:00:00.000Z', [2026, 2027]],
  ['2027-01-01T05:59:59.000Z', [2026, 2027]], // still New Year's Eve in Chicago
  ['2027-01-01T06:00:00.000Z', [2027, 2028]],
])('at %s the server seeds %p', (now, years) => {
  expect(holidayYearsToSeed(new Date(now))).toEqual(years);
});
