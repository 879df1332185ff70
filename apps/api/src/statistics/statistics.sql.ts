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
  return betweenDays(`${alias}.received_at`, from, to);
}

/** As receivedIn, for any instant column (`e.learned_at`). */
export function betweenDays(columnName: string, from: string, to: string): Prisma.Sql {
  const column = Prisma.raw(columnName);
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
    if (!Number.isInteger(g.min) || !Number.isInteger(g.max) || g.min !== keys.length || !KEY.test(g.key))
      throw new Error(`Bad age group ${g.key}`);
    for (let a = g.min; a <= g.max; a++) keys.push(g.key);
  }
  if (!KEY.test(UNKNOWN_AGE.key)) throw new Error('Bad age group key');
  return Prisma.sql`coalesce((ARRAY[${Prisma.raw(keys.map((k) => `'${k}'`).join(','))}])[(${age}) + 1], '${Prisma.raw(UNKNOWN_AGE.key)}')`;
}
