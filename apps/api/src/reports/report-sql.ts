import { ageGroups, MILWAUKEE_COUNTY_CODE, UNKNOWN_AGE } from '@cps/domain';
import { Prisma } from '../generated/prisma/client';

// SQL pieces shared by the report queries. Calendar logic is America/Chicago, in PostgreSQL.

export const CHICAGO = Prisma.raw(`'America/Chicago'`);

/**
 * Reports received from Chicago midnight starting `from` up to (not including) Chicago midnight
 * after `to`; both ends are computed by PostgreSQL, so any date the query schema accepts works,
 * and the range stays sargable on the (status, received_at) indexes.
 */
export function receivedIn(alias: string, from: string, to: string): Prisma.Sql {
  const column = Prisma.raw(`${alias}.received_at`);
  return Prisma.sql`${column} >= ((${from}::date)::timestamp AT TIME ZONE ${CHICAGO}) AND ${column} < ((${to}::date + 1)::timestamp AT TIME ZONE ${CHICAGO})`;
}

/** Only the supervisor's county, or every county (admins). */
export function inCounty(alias: string, countyCode: string | null): Prisma.Sql {
  return countyCode === null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(`${alias}.county_code`)} = ${countyCode}`;
}

export const milwaukee = Prisma.sql`${MILWAUKEE_COUNTY_CODE}`;

const KEY = /^[A-Z0-9_]+$/;

/**
 * The age-group key of an age in whole years, from @cps/domain's groups (their numbers and keys
 * are checked before they are written into the SQL): an array indexed by age, so the age is
 * computed once per row (a CASE would repeat it for every branch). NULL, negative and 18+ fall
 * outside the array and are Unknown, as in ageGroupOf.
 */
export function ageGroupSql(age: Prisma.Sql): Prisma.Sql {
  const keys: string[] = [];
  for (const g of ageGroups) {
    if (!Number.isInteger(g.min) || !Number.isInteger(g.max) || g.min !== keys.length || !KEY.test(g.key)) throw new Error(`Bad age group ${g.key}`);
    for (let a = g.min; a <= g.max; a++) keys.push(g.key);
  }
  if (!KEY.test(UNKNOWN_AGE.key)) throw new Error('Bad age group key');
  return Prisma.sql`coalesce((ARRAY[${Prisma.raw(keys.map((k) => `'${k}'`).join(','))}])[(${age}) + 1], '${Prisma.raw(UNKNOWN_AGE.key)}')`;
}

/** A date as the number YYYYMMDD (date_part is double precision: exact for these integers). */
const ymd = (date: Prisma.Sql) => Prisma.sql`(date_part('year', ${date}) * 10000 + date_part('month', ${date}) * 100 + date_part('day', ${date}))`;

/**
 * Whole years between a date of birth and the Chicago date received, exactly as ageOn does it:
 * floor((YYYYMMDD on − YYYYMMDD born) / 10000) is the difference in years, less one before the
 * birthday's month and day (a February 29 birthday counts on March 1 in other years; before the
 * birth it is negative). Without a date of birth, the report's approximate age; else NULL.
 */
export function ageAtReportSql(dateOfBirth: string, receivedAt: string, approximateAge: string): Prisma.Sql {
  const dob = Prisma.raw(dateOfBirth);
  const on = Prisma.sql`(${Prisma.raw(receivedAt)} AT TIME ZONE ${CHICAGO})`;
  return Prisma.sql`CASE WHEN ${dob} IS NULL THEN ${Prisma.raw(approximateAge)}::int ELSE floor((${ymd(on)} - ${ymd(dob)}) / 10000)::int END`;
}
