import { chicagoDate, parseDate } from '../time/chicago';

/**
 * Whole years of age on a calendar date. A February 29 birthday counts on March 1 in years
 * without a leap day: on February 28 the child is not yet a year older. Negative when onDate is
 * before the birth.
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const born = parseDate(dateOfBirth);
  const on = parseDate(onDate);
  const beforeBirthday = on.month < born.month || (on.month === born.month && on.day < born.day);
  return on.year - born.year - (beforeBirthday ? 1 : 0);
}

export type AgedPerson = { dateOfBirth?: string | null; approximateAge?: number | null };

/**
 * The age that ST-AGE and the reports use: from the date of birth on the Chicago date the report
 * was received, else the report's approximate age, else null (unknown, shown as "Unknown").
 * Without a received time (an early draft) a date of birth cannot be placed, so the approximate
 * age is used if there is one.
 */
export function ageAtReport(person: AgedPerson, receivedAt: Date | string | null | undefined): number | null {
  if (person.dateOfBirth && receivedAt) return ageOn(person.dateOfBirth, chicagoDate(receivedAt));
  return person.approximateAge ?? null;
}
