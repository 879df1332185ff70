import type { ComplianceRow, Period } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { missingNcmecDue, missingPoliceDue, tribeDue } from './clock.sql';
import { betweenDays, inCounty } from './statistics.sql';

// The clocks of docs/domain.md for every report received in the period, by county, without a report
// row coming to Node. Two sources (docs/statistics.md, "The compliance report"): the days on or before
// compliance_horizon come counted in compliance_days (one row per county and day, kept by triggers),
// every open clock of them OVERDUE once the moment of reading is past the day's latest due time; later
// days, and any earlier day with an open clock not yet due at that moment, are read report by report
// from report_compliance, their statuses worked out here by the rules of clockStatus. The due times
// are stored in both, by the holidays as they are now (triggers follow the holidays table).

const STATUSES = ['ON_TIME', 'LATE', 'OVERDUE', 'PENDING'] as const;
const CLOCKS = ['le', 'tribe', 'ia', 'resp', 'resp_att'] as const;
type Clock = (typeof CLOCKS)[number];

/** `<clock>_required`, `<clock>_on_time`, … for a per-report status column `clock` (null: not required). */
function counts(clock: string): string {
  return [
    `count(s.${clock})::int AS ${clock}_required`,
    ...STATUSES.map((st) => `count(*) FILTER (WHERE s.${clock} = '${st}')::int AS ${clock}_${st.toLowerCase()}`),
  ].join(',\n');
}

/** The same five columns from the counted days `d` (compliance-day-counts.sql); `today` is $today. */
function settledCounts(clock: Clock): string {
  const [required, onTime, late, overdue, pending] = {
    le: ['le_required', 'le_on_time', 'le_late', 'le_open', '0'],
    tribe: ['tribe_required', 'tribe_on_time', 'tribe_late', 'tribe_open', '0'],
    ia: [
      'ia_required',
      'ia_on_time',
      'ia_late',
      'ia_open * (today.day > d.received_on + 60)::int',
      'ia_open * (today.day <= d.received_on + 60)::int',
    ],
    resp: ['ia_required', 'resp_on_time', 'resp_late', 'resp_open', 'resp_unset'],
    resp_att: ['ia_required', 'resp_att_on_time', 'resp_att_late', 'resp_att_open', 'resp_unset'],
  }[clock];
  return [
    `sum(${required}) AS ${clock}_required`,
    `sum(${onTime}) AS ${clock}_on_time`,
    `sum(${late}) AS ${clock}_late`,
    `sum(${overdue}) AS ${clock}_overdue`,
    `sum(${pending}) AS ${clock}_pending`,
  ].join(',\n');
}

/** clockStatus in SQL: from the first time it was done against the due time, else from now. */
function status(done: string, due: string, now: Date): Prisma.Sql {
  const d = Prisma.raw(done);
  const u = Prisma.raw(due);
  return Prisma.sql`CASE WHEN ${d} IS NOT NULL THEN CASE WHEN ${d} <= ${u} THEN 'ON_TIME' ELSE 'LATE' END
                         WHEN ${now}::timestamptz <= ${u} THEN 'PENDING' ELSE 'OVERDUE' END`;
}

const REPORT_COLUMNS = CLOCKS.flatMap((c) =>
  ['required', ...STATUSES.map((s) => s.toLowerCase())].map((s) => `${c}_${s}`),
);
const summed = Prisma.raw(REPORT_COLUMNS.map((k) => `sum(x.${k})::int AS ${k}`).join(', '));
const liveCounts = Prisma.raw(CLOCKS.map(counts).join(',\n'));
const settledSums = Prisma.raw(CLOCKS.map(settledCounts).join(',\n'));
const tribeDueAt = tribeDue('pr.received_at');

@Injectable()
export class ComplianceRepository {
  constructor(private readonly prisma: PrismaService) {}

  async rows(period: Period, countyCode: string | null, now: Date, today: string): Promise<ComplianceRow[]> {
    const from = Prisma.sql`${period.from}::date`;
    const to = Prisma.sql`${period.to}::date`;
    const [, rows] = await this.prisma.$transaction([
      // The decision times' percentiles sort every decided report of the period (600,000 over five
      // years on the bench): in memory for this statement, not in temporary files.
      this.prisma.$executeRaw`SELECT set_config('work_mem', '64MB', true)`,
      this.prisma.$queryRaw<ComplianceRow[]>`
      WITH horizon AS (SELECT closed_through AS day FROM compliance_horizon),
      today AS (SELECT ${today}::date AS day),
      counted_days AS (
        SELECT d.* FROM compliance_days d
        WHERE d.received_on BETWEEN ${from} AND least(${to}, (SELECT day FROM horizon)) ${inCounty('d', countyCode)}
      ),
      -- Reports read one by one: after the horizon, or on a counted day with a clock still running.
      live AS (
        SELECT pr.* FROM report_compliance pr
        WHERE pr.received_on > (SELECT day FROM horizon) AND pr.received_on BETWEEN ${from} AND ${to}
          ${inCounty('pr', countyCode)} AND pr.status <> 'DISCARDED' -- set aside, never counted (domain.md)
        UNION ALL
        SELECT pr.* FROM compliance_days d
        JOIN report_compliance pr ON pr.county_code = d.county_code AND pr.received_on = d.received_on
        WHERE d.open_due_max >= ${now}::timestamptz AND pr.status <> 'DISCARDED'
          AND d.received_on BETWEEN ${from} AND least(${to}, (SELECT day FROM horizon)) ${inCounty('d', countyCode)}
      ),
      statuses AS (
        SELECT pr.county_code, pr.decided_at,
          CASE WHEN pr.le_required THEN ${status('pr.le_first_at', 'pr.le_due_at', now)} END AS le,
          CASE WHEN pr.tribe_required THEN ${status('pr.tribe_first_at', tribeDueAt, now)} END AS tribe,
          CASE WHEN pr.status <> 'SCREENED_IN' THEN NULL
               WHEN pr.findings = pr.allegations THEN CASE WHEN pr.last_finding_on IS NULL OR pr.last_finding_on <= pr.received_on + 60 THEN 'ON_TIME' ELSE 'LATE' END
               WHEN ${today}::date > pr.received_on + 60 THEN 'OVERDUE' ELSE 'PENDING' END AS ia,
          -- RESPONSE-TIME: screened in; without a response time there is no due time yet (PENDING)
          CASE WHEN pr.status <> 'SCREENED_IN' THEN NULL WHEN pr.response_time IS NULL THEN 'PENDING'
               ELSE ${status('pr.child_seen_at', 'pr.response_due_at', now)} END AS resp,
          CASE WHEN pr.status <> 'SCREENED_IN' THEN NULL WHEN pr.response_time IS NULL THEN 'PENDING'
               ELSE ${status('pr.child_contact_at', 'pr.response_due_at', now)} END AS resp_att
        FROM live pr
      ),
      parts AS (
        SELECT s.county_code, count(*) AS reports, count(s.decided_at) AS decided, ${liveCounts}
        FROM statuses s GROUP BY s.county_code
        UNION ALL
        SELECT d.county_code, sum(d.reports), sum(d.decided), ${settledSums}
        FROM counted_days d, today
        WHERE d.open_due_max IS NULL OR d.open_due_max < ${now}::timestamptz
        GROUP BY d.county_code
      ),
      by_county AS (
        SELECT x.county_code, sum(x.reports)::int AS reports, sum(x.decided)::int AS decided, ${summed}
        FROM parts x GROUP BY GROUPING SETS ((x.county_code), ())
      ),
      -- The decided reports' times, in order from an index (per county, and statewide): each
      -- percentile's sort then finds its input sorted. One sort per group for both fractions.
      decided AS NOT MATERIALIZED (
        SELECT pr.county_code, pr.decision_hours FROM report_compliance pr
        WHERE pr.decision_hours IS NOT NULL AND pr.received_on BETWEEN ${from} AND ${to}
          ${inCounty('pr', countyCode)} AND pr.status <> 'DISCARDED'
      ),
      decision_percentiles AS (
        SELECT s.county_code, percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY s.decision_hours) AS p
        FROM (SELECT * FROM decided ORDER BY county_code, decision_hours) s GROUP BY s.county_code
        UNION ALL
        SELECT NULL, percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY s.decision_hours)
        FROM (SELECT decision_hours FROM decided ORDER BY decision_hours) s
      ),
      decision_times AS (SELECT county_code, p[1] AS median_hours, p[2] AS p90_hours FROM decision_percentiles),
      -- Missing-from-care episodes learned of in the period: two clocks each, never NOT_REQUIRED.
      episodes AS (
        SELECT e.county_code,
          ${status('e.police_reported_at', missingPoliceDue('e.learned_at'), now)} AS mle,
          ${status('e.ncmec_reported_at', missingNcmecDue('e.learned_at'), now)} AS mncmec
        FROM missing_episodes e
        WHERE ${betweenDays('e.learned_at', period.from, period.to)} ${inCounty('e', countyCode)}
      ),
      episodes_by_county AS (
        SELECT s.county_code, count(*)::int AS episodes, ${Prisma.raw(`${counts('mle')}, ${counts('mncmec')}`)}
        FROM episodes s
        GROUP BY GROUPING SETS ((s.county_code), ())
      )
      SELECT c.code AS county_code, c.name AS county_name, c.region::text AS region,
        coalesce(b.reports, 0) AS reports, coalesce(m.episodes, 0) AS episodes,
        ${Prisma.raw(COLUMNS.map((k) => `coalesce(${k.startsWith('m') ? 'm' : 'b'}.${k}, 0) AS ${k}`).join(', '))},
        coalesce(b.decided, 0) AS decided, t.median_hours, t.p90_hours
      FROM counties c
      LEFT JOIN by_county b ON b.county_code = c.code
      LEFT JOIN decision_times t ON t.county_code = c.code
      LEFT JOIN episodes_by_county m ON m.county_code = c.code
      WHERE true ${countyCode === null ? Prisma.empty : Prisma.sql`AND c.code = ${countyCode}`}
      UNION ALL
      SELECT NULL, NULL, NULL, coalesce(b.reports, 0), coalesce(m.episodes, 0),
        ${Prisma.raw(COLUMNS.map((k) => `coalesce(${k.startsWith('m') ? 'm' : 'b'}.${k}, 0)`).join(', '))},
        coalesce(b.decided, 0), t.median_hours, t.p90_hours
      FROM (SELECT 1) one
      LEFT JOIN by_county b ON b.county_code IS NULL
      LEFT JOIN decision_times t ON t.county_code IS NULL
      LEFT JOIN episodes_by_county m ON m.county_code IS NULL`,
    ]);
    return rows;
  }

  /**
   * The due instants that compliance_le_due and compliance_response_due (what report_compliance
   * stores) give for arbitrary received instants: for tests against the domain's clocks.
   */
  async dueTimes(
    rows: readonly { receivedAt: Date; responseTime: string }[],
  ): Promise<{ le: Date | null; response: Date | null }[]> {
    return this.prisma.$queryRaw<{ le: Date | null; response: Date | null }[]>`
      SELECT compliance_le_due(u.t) AS le, compliance_response_due(u.t, u.rt) AS response
      FROM unnest(${rows.map((r) => r.receivedAt)}::timestamptz[], ${rows.map((r) => r.responseTime)}::"ResponseTime"[])
        WITH ORDINALITY AS u(t, rt, i)
      ORDER BY u.i`;
  }
}

const COLUMNS = ['le', 'tribe', 'ia', 'resp', 'resp_att', 'mle', 'mncmec'].flatMap((c) =>
  ['required', ...STATUSES.map((s) => s.toLowerCase())].map((s) => `${c}_${s}`),
);
