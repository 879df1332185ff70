import type { CountCell, Period, SexTraffickingAggregates } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { ageGroupSql, inCounty, milwaukee, receivedIn } from './statistics.sql';

type Row = { measure: string; dimension: string; key: string | null; location: string; count: number };

/**
 * The child sex trafficking report of docs/statistics.md as one SQL statement (one snapshot, one round
 * trip): PostgreSQL does all the counting, Node gets about 150 small rows back. It reads
 * report_statistics, the narrow copy of every allegation of a SCREENED_IN report that triggers keep
 * in step with the reports, allegations, findings and people (migration report_statistics).
 *
 * `counted` holds the counted allegations: SEX_TRAFFICKING descriptor, received in the period
 * (Chicago dates), with the child's demographics as their report recorded them and their age at the
 * Chicago date received (both kept in report_statistics). Then:
 * - combinations: the counted allegations per combination of location, ethnicity, race, gender and
 *   age (a few hundred rows), under the report's keys;
 * - allegation_cells: allegations and substantiated allegations per row of each dimension, per
 *   location and statewide (GROUPING SETS over the combinations; 'total' is its own grouping);
 * - ranked / firsts / children: per child and location, and per child statewide, the first of their
 *   counted allegations there, substantiated ones first, then by received time, report and
 *   allegation id (one sort: running counts per location in the child's window): whether any is
 *   substantiated, and the age group of the earliest substantiated one; for a child counted more
 *   than once (few), `latest` gives the gender their latest counted report records (per location
 *   and statewide); a child counted once is their own latest;
 * - child_cells: unique children, and unique children with a substantiated allegation by gender
 *   and age group, per location and statewide;
 * - rates: all allegations, and all SEXUAL_ABUSE ones, of the screened-in reports of the period.
 */
@Injectable()
export class SexTraffickingRepository {
  constructor(private readonly prisma: PrismaService) {}

  async sexTraffickingAggregates(period: Period, countyCode: string | null): Promise<SexTraffickingAggregates> {
    const inPeriod = (alias: string) =>
      Prisma.sql`${receivedIn(alias, period.from, period.to)} ${inCounty(alias, countyCode)}`;
    const [, rows] = await this.prisma.$transaction([
      // Sorting and hashing ~100k rows per grouping set: keep them in memory for this statement.
      this.prisma.$executeRaw`SELECT set_config('work_mem', '64MB', true)`,
      this.prisma.$queryRaw<Row[]>`
      WITH counted AS NOT MATERIALIZED (
        SELECT s.child_id, s.report_id, s.allegation_id, s.received_at, s.county_code = ${milwaukee} AS in_milwaukee,
          s.substantiated, s.gender, s.hispanic_ethnicity, s.primary_race, s.age_years
        FROM report_statistics s
        WHERE s.sex_trafficking AND ${inPeriod('s')}
      ),
      combinations AS (
        SELECT CASE WHEN in_milwaukee THEN 'milwaukee' ELSE 'balanceOfState' END AS location,
          CASE WHEN hispanic_ethnicity = 'HISPANIC' THEN 'HISPANIC' ELSE 'NOT_HISPANIC_OR_NOT_DOCUMENTED' END AS ethnicity,
          coalesce(primary_race::text, 'UNABLE_TO_DETERMINE') AS race,
          coalesce(gender::text, 'UNKNOWN') AS gender,
          ${ageGroupSql(Prisma.raw('age_years'))} AS age_group,
          allegations, substantiated
        FROM (
          SELECT in_milwaukee, hispanic_ethnicity, primary_race, gender, age_years,
            count(*) AS allegations, count(*) FILTER (WHERE substantiated) AS substantiated
          FROM counted
          GROUP BY in_milwaukee, hispanic_ethnicity, primary_race, gender, age_years
        ) raw
      ),
      allegation_cells AS (
        SELECT
          CASE WHEN GROUPING(ethnicity) = 0 THEN 'ETHNICITY' WHEN GROUPING(race) = 0 THEN 'RACE'
               WHEN GROUPING(gender) = 0 THEN 'GENDER' WHEN GROUPING(age_group) = 0 THEN 'AGE' ELSE 'ALL' END AS dimension,
          coalesce(ethnicity, race, gender, age_group) AS key,
          CASE WHEN GROUPING(location) = 0 THEN location ELSE 'total' END AS location,
          coalesce(sum(allegations), 0)::int AS allegations,
          coalesce(sum(substantiated), 0)::int AS substantiated
        FROM combinations
        GROUP BY GROUPING SETS ((location, ethnicity), (ethnicity), (location, race), (race), (location, gender), (gender),
                                (location, age_group), (age_group), (location), ())
      ),
      ranked AS (
        SELECT child_id, in_milwaukee, substantiated, age_years, gender, received_at,
          row_number() OVER first AS nth,
          count(*) FILTER (WHERE in_milwaukee) OVER first AS nth_in_milwaukee,
          count(*) FILTER (WHERE NOT in_milwaukee) OVER first AS nth_in_balance
        FROM counted
        WHERE child_id IS NOT NULL
        WINDOW first AS (PARTITION BY child_id ORDER BY substantiated DESC, received_at, report_id, allegation_id ROWS UNBOUNDED PRECEDING)
      ),
      latest AS (
        -- the gender of the latest counted report of each child counted more than once (few: a
        -- child counted once is their own latest), per location and statewide: the greatest of the
        -- time received in microseconds and the gender code (0-3); two reports of one child received
        -- in the same microsecond: the greater code
        SELECT child_id,
          max(k) AS overall, max(k) FILTER (WHERE in_milwaukee) AS in_milwaukee, max(k) FILTER (WHERE NOT in_milwaukee) AS in_balance
        FROM (
          SELECT child_id, in_milwaukee, (date_part('epoch', received_at) * 1000000)::bigint * 4
                 + CASE gender WHEN 'FEMALE' THEN 1 WHEN 'MALE' THEN 2 WHEN 'UNKNOWN' THEN 3 ELSE 0 END AS k
          FROM ranked
          WHERE child_id IN (SELECT child_id FROM ranked WHERE nth = 2)
        ) x
        GROUP BY child_id
      ),
      firsts AS (
        SELECT r.in_milwaukee, r.substantiated, CASE WHEN r.substantiated THEN r.age_years END AS age_years,
          CASE WHEN l.child_id IS NULL THEN r.gender::text ELSE (ARRAY['FEMALE', 'MALE', 'UNKNOWN'])[l.overall % 4] END AS gender_overall,
          CASE WHEN l.child_id IS NULL THEN r.gender::text
               ELSE (ARRAY['FEMALE', 'MALE', 'UNKNOWN'])[(CASE WHEN r.in_milwaukee THEN l.in_milwaukee ELSE l.in_balance END) % 4] END AS gender_here,
          count(*) FILTER (WHERE r.nth = 1) AS first_overall,
          count(*) FILTER (WHERE (CASE WHEN r.in_milwaukee THEN r.nth_in_milwaukee ELSE r.nth_in_balance END) = 1) AS first_here
        FROM ranked r LEFT JOIN latest l ON l.child_id = r.child_id
        GROUP BY 1, 2, 3, 4, 5
      ),
      children AS (
        SELECT location, coalesce(gender, 'UNKNOWN') AS gender, substantiated,
          CASE WHEN substantiated THEN ${ageGroupSql(Prisma.raw('age_years'))} END AS age_group, children
        FROM (
          SELECT CASE WHEN in_milwaukee THEN 'milwaukee' ELSE 'balanceOfState' END AS location, gender_here AS gender, substantiated, age_years, first_here AS children
          FROM firsts WHERE first_here > 0
          UNION ALL
          SELECT 'total', gender_overall, substantiated, age_years, first_overall FROM firsts WHERE first_overall > 0
        ) f
      ),
      child_cells AS (
        SELECT location,
          CASE WHEN GROUPING(gender) = 0 THEN 'GENDER' WHEN GROUPING(age_group) = 0 THEN 'AGE' ELSE 'ALL' END AS dimension,
          coalesce(gender, age_group) AS key,
          sum(children)::int AS children,
          coalesce(sum(children) FILTER (WHERE substantiated), 0)::int AS substantiated
        FROM children
        GROUP BY GROUPING SETS ((location), (location, gender), (location, age_group))
      ),
      rates AS (
        SELECT count(*)::int AS allegations,
          count(*) FILTER (WHERE s.substantiated)::int AS substantiated,
          count(*) FILTER (WHERE s.maltreatment_type = 'SEXUAL_ABUSE')::int AS sexual_abuse,
          count(*) FILTER (WHERE s.maltreatment_type = 'SEXUAL_ABUSE' AND s.substantiated)::int AS sexual_abuse_substantiated
        FROM report_statistics s
        WHERE ${inPeriod('s')}
      )
      SELECT 'ALLEGATIONS' AS measure, dimension, key, location, allegations AS count FROM allegation_cells
      UNION ALL SELECT 'SUBSTANTIATED', dimension, key, location, substantiated FROM allegation_cells
      UNION ALL SELECT 'UNIQUE_CHILDREN', dimension, key, location, children FROM child_cells WHERE dimension = 'ALL'
      UNION ALL SELECT 'SUBSTANTIATED_UNIQUE_CHILDREN', dimension, key, location, substantiated FROM child_cells WHERE dimension = 'ALL' OR substantiated > 0
      UNION ALL SELECT 'RATES', 'ALL', k, 'total', v FROM rates
        CROSS JOIN LATERAL (VALUES ('allegations', allegations), ('substantiated', substantiated),
                                   ('sexualAbuse', sexual_abuse), ('sexualAbuseSubstantiated', sexual_abuse_substantiated)) AS r(k, v)`,
    ]);
    return toAggregates(rows);
  }
}

function toAggregates(rows: Row[]): SexTraffickingAggregates {
  const rate = (key: string) => rows.find((r) => r.measure === 'RATES' && r.key === key)?.count ?? 0;
  return {
    cells: rows.filter((r) => r.measure !== 'RATES') as CountCell[],
    rates: {
      allAllegations: { allegations: rate('allegations'), substantiated: rate('substantiated') },
      sexualAbuse: { allegations: rate('sexualAbuse'), substantiated: rate('sexualAbuseSubstantiated') },
    },
  };
}
