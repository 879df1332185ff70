import { addDays, todayInChicago, weekday } from '../time/chicago';
import type { HolidayEntry as Holiday } from './holiday.schema';

// The nine legal holidays of Wisconsin state employees (Wis. Stat. 230.35(4)(a)) as the statute
// observes them: January 1, July 4 and December 25 falling on a Sunday move to the Monday after
// (230.35(4)(a)10). Nothing else moves: a holiday on a Saturday (or Christmas Eve or New Year's Eve
// on a weekend) gives employees a floating day off while offices stay open, so it must not stop the
// LE-12H clock on a working Friday. Weekend dates are listed anyway (they are the legal holiday;
// the clock skips weekends regardless). Admins correct the calendar if their county differs.
// Chosen over "Saturday → Friday" because a holiday that is not one delays a law-enforcement
// referral for a child; the list is data an admin can change.

const SUNDAY = 0;
const observedSuffix = ' (observed)';

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, day: number, n: number): string {
  if (n > 0) {
    const first = iso(year, month, 1);
    return addDays(first, ((day - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = iso(year, month + 1, 0);
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

function observed(name: string, actual: string, date: string): Holiday {
  return { date, name: date === actual ? name : `${name}${observedSuffix}` };
}

/** January 1, July 4, December 25: a Sunday one is observed on the Monday after. */
function sundayToMonday(name: string, date: string): Holiday {
  return observed(name, date, weekday(date) === SUNDAY ? addDays(date, 1) : date);
}

/** Wisconsin state legal holidays observed in a year, sorted by date. */
export function wisconsinLegalHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) throw new RangeError(`not a year: ${year}`);
  const days: Holiday[] = [
    sundayToMonday("New Year's Day", iso(year, 1, 1)),
    { date: nthWeekday(year, 1, 1, 3), name: 'Martin Luther King Jr. Day' },
    { date: nthWeekday(year, 5, 1, -1), name: 'Memorial Day' },
    sundayToMonday('Independence Day', iso(year, 7, 4)),
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    { date: iso(year, 12, 24), name: 'Christmas Eve' },
    sundayToMonday('Christmas Day', iso(year, 12, 25)),
    { date: iso(year, 12, 31), name: "New Year's Eve" },
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The years whose holidays the server makes sure of at start: this Chicago year and the next. */
export function holidayYearsToSeed(now: Date): number[] {
  const year = Number(todayInChicago(now).slice(0, 4));
  return [year, year + 1];
}
