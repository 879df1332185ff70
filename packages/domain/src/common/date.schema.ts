import { z } from 'zod';

// The one date-only and the one date-time schema of the API and the web forms (docs/http-api.md,
// "Conventions"). Years outside 1900-2100 are invalid input: no report, birth, holiday or
// training is dated there, and a year 1 or 9999 would only reach the database to be misread.

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/**
 * The year as written: a date-time keeps the year its sender wrote, whatever its zone. The range
 * check aborts, so checks built on these schemas ("not in the future") see only years in range.
 */
const writtenYearInRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/** A date-only value, `YYYY-MM-DD`, that exists on the calendar (no 2018-02-30), in 1900-2100. */
export const dateOnlySchema = z.iso
  .date({ message: 'must be a real date written YYYY-MM-DD, like 2018-03-02', abort: true })
  .refine(writtenYearInRange, { message: `must be a date from ${FIRST_YEAR} to ${LAST_YEAR}`, abort: true });

/** An instant with a zone, as docs/http-api.md reads them ("2018-03-02T15:04:05.000Z", "…-06:00"), in 1900-2100. */
export const dateTimeSchema = z.iso
  .datetime({
    offset: true,
    message: 'must be an ISO 8601 date-time with a zone, like 2018-03-02T15:04:05.000Z',
    abort: true,
  })
  .refine(writtenYearInRange, { message: `must be a date-time from ${FIRST_YEAR} to ${LAST_YEAR}`, abort: true });

const aYear = `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, like 2018`;

/** A year filter (`?year=2018`), read from a query string. */
export const yearSchema = z.coerce.number({ message: aYear }).int(aYear).min(FIRST_YEAR, aYear).max(LAST_YEAR, aYear);
