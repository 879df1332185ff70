import type { ComplianceRow, Period } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { Prisma } from '../generated/prisma/client';
import {
  businessCalendarCtes,
  FIFTH_BUSINESS_JOIN,
  LE_DUE,
  missingNcmecDue,
  missingPoliceDue,
  responseDue,
  tribeDue,
} from './clock.sql';
import { betweenDays, CHICAGO, inCounty, receivedIn } from './statistics.sql';

// The clocks of docs/domain.md for every report received in the period, read from report_compliance
// (one row per report, kept in step with the base tables by database triggers): no report row comes
// to Node, only one line per county. Statuses are worked out here, as of `now` and with the holidays
// read now, by the rules of clockStatus; the stored rows hold only what does not depend on either.

const leDue = Prisma.raw(LE_DUE);
const tribeDueAt = Prisma.raw(tribeDue('pr.received_at'));
const responseDueAt = Prisma.raw(responseDue('pr.response_time'));
const fifthBusinessDay = Prisma.raw(FIFTH_BUSINESS_JOIN);
const policeDue = Prisma.raw(missingPoliceDue('e.learned_at'));
const ncmecDue = Prisma.raw(missingNcmecDue('e.learned_at'));
const calendarCtes = Prisma.raw(businessCalendarCtes('period_days'));

const STATUSES = ['ON_TIME', 'LATE', 'OVERDUE', 'PENDING'] as const;

/** `<clock>_required`, `<clock>_on_time`, … for a per-report status column `clock` (null: not required). */
function counts(clock: string): Prisma.Sql {
  return Prisma.raw(
    [
      `count(s.${clock})::int AS ${clock}_required`,
      ...STATUSES.map((st) => `count(*) FILTER (WHERE s.${clock} = '${st}')::int AS ${clock}_${st.toLowerCase()}`),
    ].join(',\n'),
  );
}

/** clockStatus in SQL: from the first time it was done against the due time, else from now. */
function status(done: string, due: Prisma.Sql, now: Date): Prisma.Sql {
  const d = Prisma.raw(done);
  return Prisma.sql`CASE WHEN ${d} IS NOT NULL THEN CASE WHEN ${d} <= ${due} THEN 'ON_TIME' ELSE 'LATE' END
                         WHEN ${now}::timestamptz <= ${due} THEN 'PENDING' ELSE 'OVERDUE' END`;
}

@Injectable()
export class ComplianceRepository {
  constructor(private readonly prisma: PrismaService) {}

  async rows(period: Period, countyCode: string | null, now: Date, today: string): Promise<ComplianceRow[]> {
    return this.prisma.$queryRaw<ComplianceRow[]>`
      WITH period_days AS (SELECT ${period.from}::date AS received_on UNION ALL SELECT ${period.to}::date),
      ${calendarCtes},
      statuses AS (
        SELECT pr.county_code, pr.decided_at, pr.decision_hours,
          CASE WHEN pr.le_required THEN ${status('pr.le_first_at', leDue, now)} END AS le,
          CASE WHEN pr.tribe_required THEN ${status('pr.tribe_first_at', tribeDueAt, now)} END AS tribe,
          CASE WHEN pr.status <> 'SCREENED_IN' THEN NULL
               WHEN pr.findings = pr.allegations THEN CASE WHEN pr.last_finding_on IS NULL OR pr.last_finding_on <= pr.received_on + 60 THEN 'ON_TIME' ELSE 'LATE' END
               WHEN ${today}::date > pr.received_on + 60 THEN 'OVERDUE' ELSE 'PENDING' END AS ia,
          -- RESPONSE-TIME: screened in; without a response time there is no due time yet (PENDING)
          CASE WHEN pr.status <> 'SCREENED_IN' THEN NULL WHEN pr.response_time IS NULL THEN 'PENDING'
               ELSE ${status('pr.child_seen_at', responseDueAt, now)} END AS resp,
          CASE WHEN pr.status <> 'SCREENED_IN' THEN NULL WHEN pr.response_time IS NULL THEN 'PENDING'
               ELSE ${status('pr.child_contact_at', responseDueAt, now)} END AS resp_att
        FROM report_compliance pr
        JOIN next_business nb ON nb.day = pr.received_on
        ${fifthBusinessDay}
        WHERE ${receivedIn('pr', period.from, period.to)} ${inCounty('pr', countyCode)}
          AND pr.status <> 'DISCARDED' -- set aside, never counted (domain.md, "Discarded draft")
      ),
      by_county AS (
        SELECT s.county_code, count(*)::int AS reports,
          ${counts('le')}, ${counts('tribe')}, ${counts('ia')}, ${counts('resp')}, ${counts('resp_att')},
          count(s.decided_at)::int AS decided,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY s.decision_hours)::float8 AS median_hours,
          percentile_cont(0.9) WITHIN GROUP (ORDER BY s.decision_hours)::float8 AS p90_hours
        FROM statuses s
        GROUP BY GROUPING SETS ((s.county_code), ())
      ),
      -- Missing-from-care episodes learned of in the period: two clocks each, never NOT_REQUIRED.
      episodes AS (
        SELECT e.county_code,
          ${status('e.police_reported_at', policeDue, now)} AS mle,
          ${status('e.ncmec_reported_at', ncmecDue, now)} AS mncmec
        FROM missing_episodes e
        WHERE ${betweenDays('e.learned_at', period.from, period.to)} ${inCounty('e', countyCode)}
      ),
      episodes_by_county AS (
        SELECT s.county_code, count(*)::int AS episodes, ${counts('mle')}, ${counts('mncmec')}
        FROM episodes s
        GROUP BY GROUPING SETS ((s.county_code), ())
      )
      SELECT c.code AS county_code, c.name AS county_name, c.region::text AS region,
        coalesce(b.reports, 0) AS reports, coalesce(m.episodes, 0) AS episodes,
        ${Prisma.raw(COLUMNS.map((k) => `coalesce(${k.startsWith('m') ? 'm' : 'b'}.${k}, 0) AS ${k}`).join(', '))},
        coalesce(b.decided, 0) AS decided, b.median_hours, b.p90_hours
      FROM counties c
      LEFT JOIN by_county b ON b.county_code = c.code
      LEFT JOIN episodes_by_county m ON m.county_code = c.code
      WHERE true ${countyCode === null ? Prisma.empty : Prisma.sql`AND c.code = ${countyCode}`}
      UNION ALL
      SELECT NULL, NULL, NULL, coalesce(b.reports, 0), coalesce(m.episodes, 0),
        ${Prisma.raw(COLUMNS.map((k) => `coalesce(${k.startsWith('m') ? 'm' : 'b'}.${k}, 0)`).join(', '))},
        coalesce(b.decided, 0), b.median_hours, b.p90_hours
      FROM (SELECT 1) one
      LEFT JOIN by_county b ON b.county_code IS NULL
      LEFT JOIN episodes_by_county m ON m.county_code IS NULL`;
  }

  /** LE-12H due instants of arbitrary received instants, by the same SQL: for tests against the domain clock. */
  async lawEnforcementDueTimes(receivedAts: Date[]): Promise<Date[]> {
    const rows = await this.prisma.$queryRaw<{ due: Date }[]>`
      WITH period_days AS (
        SELECT i AS position, t AS received_at, t AT TIME ZONE ${CHICAGO} AS local_received, (t AT TIME ZONE ${CHICAGO})::date AS received_on
        FROM unnest(${receivedAts}::timestamptz[]) WITH ORDINALITY AS u(t, i)
      ),
      ${calendarCtes}
      SELECT ${leDue} AS due FROM period_days pr JOIN next_business nb ON nb.day = pr.received_on ORDER BY pr.position`;
    return rows.map((r) => r.due);
  }
}

const COLUMNS = ['le', 'tribe', 'ia', 'resp', 'resp_att', 'mle', 'mncmec'].flatMap((c) =>
  ['required', ...STATUSES.map((s) => s.toLowerCase())].map((s) => `${c}_${s}`),
);
