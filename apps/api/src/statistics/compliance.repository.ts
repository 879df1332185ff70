import type { ComplianceRow, Period } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { businessCalendarCtes, indianChild, LE_DUE, leRequiredAllegation, tribeDue } from './clock.sql';
import { CHICAGO, inCounty, receivedIn } from './statistics.sql';

// The clocks of docs/domain.md, read in PostgreSQL for every report received in the period: no report
// row comes to Node, only one line per county. Status rules are those of clockStatus.

const calendarCtes = Prisma.raw(businessCalendarCtes('period_reports'));
const leDue = Prisma.raw(LE_DUE);

@Injectable()
export class ComplianceRepository {
  constructor(private readonly prisma: PrismaService) {}

  async rows(period: Period, countyCode: string | null, now: Date): Promise<ComplianceRow[]> {
    const counts = (clock: string) =>
      Prisma.raw(
        ['required', 'ON_TIME', 'LATE', 'OVERDUE', 'PENDING']
          .map(
            (s) =>
              `count(s.${clock}) FILTER (WHERE ${s === 'required' ? `s.${clock} IS NOT NULL` : `s.${clock} = '${s}'`})::int AS ${clock}_${s.toLowerCase()}`,
          )
          .join(',\n'),
      );
    return this.prisma.$queryRaw<ComplianceRow[]>`
      WITH period_reports AS MATERIALIZED (
        SELECT r.id, r.county_code, r.status, r.received_at,
          r.received_at AT TIME ZONE ${CHICAGO} AS local_received,
          (r.received_at AT TIME ZONE ${CHICAGO})::date AS received_on
        FROM access_reports r
        WHERE ${receivedIn('r', period.from, period.to)} ${inCounty('r', countyCode)}
          AND r.status <> 'DISCARDED' -- set aside, never counted (domain.md, "Discarded draft")
      ),
      ${calendarCtes},
      allegation_facts AS (
        SELECT a.report_id,
          bool_or(${Prisma.raw(leRequiredAllegation('a'))}) AS le_required,
          count(*) AS allegations, count(f.allegation_id) AS findings, max(f.recorded_at) AS last_finding
        FROM allegations a LEFT JOIN findings f ON f.allegation_id = a.id
        WHERE a.report_id IN (SELECT id FROM period_reports)
        GROUP BY a.report_id
      ),
      indian_children AS (
        SELECT DISTINCT rp.report_id
        FROM report_persons rp
        WHERE ${Prisma.raw(indianChild('rp'))} AND rp.report_id IN (SELECT id FROM period_reports)
      ),
      first_le AS (SELECT report_id, min(notified_at) AS at FROM law_enforcement_notifications WHERE report_id IN (SELECT id FROM period_reports) GROUP BY report_id),
      first_tribe AS (SELECT report_id, min(notified_at) AS at FROM tribal_notifications WHERE report_id IN (SELECT id FROM period_reports) GROUP BY report_id),
      clocks AS (
        SELECT pr.county_code, pr.status, pr.received_at, pr.received_on, d.decided_at,
          coalesce(af.le_required, false) AS le_required, ${leDue} AS le_due, fl.at AS le_first,
          ic.report_id IS NOT NULL AS tribe_required, ${Prisma.raw(tribeDue('pr.received_at'))} AS tribe_due, ft.at AS tribe_first,
          coalesce(af.allegations, 0) AS allegations, coalesce(af.findings, 0) AS findings,
          (af.last_finding AT TIME ZONE ${CHICAGO})::date AS last_finding_on
        FROM period_reports pr
        JOIN next_business nb ON nb.day = pr.received_on
        LEFT JOIN allegation_facts af ON af.report_id = pr.id
        LEFT JOIN indian_children ic ON ic.report_id = pr.id
        LEFT JOIN first_le fl ON fl.report_id = pr.id
        LEFT JOIN first_tribe ft ON ft.report_id = pr.id
        LEFT JOIN screening_decisions d ON d.report_id = pr.id
      ),
      statuses AS (
        SELECT county_code, received_at, decided_at,
          CASE WHEN NOT le_required THEN NULL
               WHEN le_first IS NOT NULL THEN CASE WHEN le_first <= le_due THEN 'ON_TIME' ELSE 'LATE' END
               WHEN ${now}::timestamptz <= le_due THEN 'PENDING' ELSE 'OVERDUE' END AS le,
          CASE WHEN NOT tribe_required THEN NULL
               WHEN tribe_first IS NOT NULL THEN CASE WHEN tribe_first <= tribe_due THEN 'ON_TIME' ELSE 'LATE' END
               WHEN ${now}::timestamptz <= tribe_due THEN 'PENDING' ELSE 'OVERDUE' END AS tribe,
          CASE WHEN status <> 'SCREENED_IN' THEN NULL
               WHEN findings = allegations THEN CASE WHEN last_finding_on IS NULL OR last_finding_on <= received_on + 60 THEN 'ON_TIME' ELSE 'LATE' END
               WHEN (${now}::timestamptz AT TIME ZONE ${CHICAGO})::date > received_on + 60 THEN 'OVERDUE' ELSE 'PENDING' END AS ia
        FROM clocks
      )
      SELECT CASE WHEN GROUPING(c.code) = 0 THEN c.code END AS county_code,
        CASE WHEN GROUPING(c.code) = 0 THEN c.name END AS county_name,
        CASE WHEN GROUPING(c.code) = 0 THEN c.region::text END AS region,
        count(s.county_code)::int AS reports,
        ${counts('le')}, ${counts('tribe')}, ${counts('ia')},
        count(s.decided_at)::int AS decided,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.decided_at - s.received_at) / 3600)::float8 AS median_hours,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.decided_at - s.received_at) / 3600)::float8 AS p90_hours
      FROM counties c
      LEFT JOIN statuses s ON s.county_code = c.code
      WHERE true ${countyCode === null ? Prisma.empty : Prisma.sql`AND c.code = ${countyCode}`}
      GROUP BY GROUPING SETS ((c.code, c.name, c.region), ())`;
  }

  /** LE-12H due instants of arbitrary received instants, by the same SQL: for tests against the domain clock. */
  async lawEnforcementDueTimes(receivedAts: Date[]): Promise<Date[]> {
    const rows = await this.prisma.$queryRaw<{ due: Date }[]>`
      WITH period_reports AS (
        SELECT i AS position, t AS received_at, t AT TIME ZONE ${CHICAGO} AS local_received, (t AT TIME ZONE ${CHICAGO})::date AS received_on
        FROM unnest(${receivedAts}::timestamptz[]) WITH ORDINALITY AS u(t, i)
      ),
      ${calendarCtes}
      SELECT ${leDue} AS due FROM period_reports pr JOIN next_business nb ON nb.day = pr.received_on ORDER BY pr.position`;
    return rows.map((r) => r.due);
  }
}
