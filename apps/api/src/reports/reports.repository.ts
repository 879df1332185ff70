import { Injectable } from '@nestjs/common';
import type { CountCell, Period, SexTraffickingAggregates } from '@cps/domain';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../common/prisma.service';
import { ageAtReportSql, ageGroupSql, inCounty, milwaukee, receivedIn } from './report-sql';

type Row = { measure: string; dimension: string; key: string | null; location: string; count: number };

/**
 * The child sex trafficking report of reports.md as one SQL statement (one snapshot, one round
 * trip): PostgreSQL does all the counting, Node gets about 150 small rows back.
 *
 * `counted` holds the counted allegations: SEX_TRAFFICKING descriptor, report SCREENED_IN, received
 * in the period (Chicago dates), with the child's demographics as last saved and the age group at
 * the Chicago date received. Then:
 * - allegation_cells: allegations and substantiated allegations per row of each dimension, per
 *   location and statewide (GROUPING SETS; 'total' is its own grouping, not a sum);
 * - children: one line per child and location, and one per child statewide, with whether any of
 *   their counted allegations there is substantiated and the age group of the earliest one
 *   (received time, then report and allegation id to break ties);
 * - child_cells: unique children, and unique children with a substantiated allegation by gender
 *   and age group, per location and statewide;
 * - rates: all allegations, and all SEXUAL_ABUSE ones, of the screened-in reports of the period.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async sexTraffickingAggregates(period: Period, countyCode: string | null): Promise<SexTraffickingAggregates> {
    const screenedIn = (alias: string) => Prisma.sql`${Prisma.raw(alias)}.status = 'SCREENED_IN' AND ${receivedIn(alias, period.from, period.to)} ${inCounty(alias, countyCode)}`;
    const [, rows] = await this.prisma.$transaction([
      // Sorting and hashing ~100k rows per grouping set: keep them in memory for this statement.
      this.prisma.$executeRaw`SELECT set_config('work_mem', '64MB', true)`,
      this.prisma.$queryRaw<Row[]>`
      WITH counted AS MATERIALIZED (
        SELECT a.id AS allegation_id, a.child_id, a.report_id, r.received_at,
          CASE WHEN r.county_code = ${milwaukee} THEN 'milwaukee' ELSE 'balanceOfState' END AS location,
          coalesce(f.finding = 'SUBSTANTIATED', false) AS substantiated,
          CASE WHEN p.hispanic_ethnicity = 'HISPANIC' THEN 'HISPANIC' ELSE 'NOT_HISPANIC_OR_NOT_DOCUMENTED' END AS ethnicity,
          coalesce(p.primary_race::text, 'UNABLE_TO_DETERMINE') AS race,
          coalesce(p.gender::text, 'UNKNOWN') AS gender,
          ${ageGroupSql(ageAtReportSql('p.date_of_birth', 'r.received_at', 'rp.approximate_age'))} AS age_group
        FROM access_reports r
        JOIN allegations a ON a.report_id = r.id
        LEFT JOIN persons p ON p.id = a.child_id
        LEFT JOIN report_persons rp ON rp.report_id = a.report_id AND rp.person_id = a.child_id
        LEFT JOIN findings f ON f.allegation_id = a.id
        WHERE ${screenedIn('r')} AND a.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[]
      ),
      allegation_cells AS (
        SELECT
          CASE WHEN GROUPING(ethnicity) = 0 THEN 'ETHNICITY' WHEN GROUPING(race) = 0 THEN 'RACE'
               WHEN GROUPING(gender) = 0 THEN 'GENDER' WHEN GROUPING(age_group) = 0 THEN 'AGE' ELSE 'ALL' END AS dimension,
          coalesce(ethnicity, race, gender, age_group) AS key,
          CASE WHEN GROUPING(location) = 0 THEN location ELSE 'total' END AS location,
          count(*)::int AS allegations,
          count(*) FILTER (WHERE substantiated)::int AS substantiated
        FROM counted
        GROUP BY GROUPING SETS ((location, ethnicity), (ethnicity), (location, race), (race), (location, gender), (gender),
                                (location, age_group), (age_group), (location), ())
      ),
      children AS (
        SELECT CASE WHEN GROUPING(location) = 0 THEN location ELSE 'total' END AS location,
          min(gender) AS gender,
          bool_or(substantiated) AS substantiated,
          (array_agg(age_group ORDER BY received_at, report_id, allegation_id) FILTER (WHERE substantiated))[1] AS age_group
        FROM counted
        WHERE child_id IS NOT NULL
        GROUP BY GROUPING SETS ((child_id, location), (child_id))
      ),
      child_cells AS (
        SELECT location,
          CASE WHEN GROUPING(gender) = 0 THEN 'GENDER' WHEN GROUPING(age_group) = 0 THEN 'AGE' ELSE 'ALL' END AS dimension,
          coalesce(gender, age_group) AS key,
          count(*)::int AS children,
          count(*) FILTER (WHERE substantiated)::int AS substantiated
        FROM children
        GROUP BY GROUPING SETS ((location), (location, gender), (location, age_group))
      ),
      rates AS (
        SELECT count(*)::int AS allegations,
          count(*) FILTER (WHERE f.finding = 'SUBSTANTIATED')::int AS substantiated,
          count(*) FILTER (WHERE a.maltreatment_type = 'SEXUAL_ABUSE')::int AS sexual_abuse,
          count(*) FILTER (WHERE a.maltreatment_type = 'SEXUAL_ABUSE' AND f.finding = 'SUBSTANTIATED')::int AS sexual_abuse_substantiated
        FROM access_reports r
        JOIN allegations a ON a.report_id = r.id
        LEFT JOIN findings f ON f.allegation_id = a.id
        WHERE ${screenedIn('r')}
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
