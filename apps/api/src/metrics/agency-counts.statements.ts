import { raw, type Sql, sql } from '../common/sql';
import { missingNcmecDue, missingPoliceDue, tribeDue } from '../statistics/clock.sql';

// The counts of docs/metrics.md that matter to the agency, in one statement at scrape time: the
// clocks that are OVERDUE now (required, not done, due time passed) and the open missing-from-care
// episodes, per county and statewide. The clocks are the compliance report's, read from
// report_compliance with the LE-12H and RESPONSE-TIME due times it stores (by the holidays as they
// are now); agency-counts.api.test.ts holds the counts equal to the domain's clocks on the report and
// episode pages.

/**
 * The report_compliance rows with a clock still running (PENDING or OVERDUE), discarded drafts
 * never. An overdue clock stays overdue until it is done, however old the report, so no window
 * of time bounds them: the partial index report_compliance_open_clocks_idx (the same predicate)
 * does, since a clock once done leaves it. agency-counts.api.test.ts checks the index serves it.
 */
export const OPEN_CLOCKS = `status <> 'DISCARDED' AND received_at IS NOT NULL AND (
    (le_required AND le_first_at IS NULL) OR (tribe_required AND tribe_first_at IS NULL)
    OR (status = 'SCREENED_IN' AND response_time IS NOT NULL AND child_seen_at IS NULL))`;

/** Episodes not yet closed or with a report not yet made, as the partial index missing_episodes_open_clocks_idx. */
export const OPEN_EPISODES = `screened_at IS NULL OR police_reported_at IS NULL OR ncmec_reported_at IS NULL`;

export type AgencyCountsRow = {
  /** Null on the statewide row. */
  county: string | null;
  le: number;
  tribe: number;
  response: number;
  missingPolice: number;
  missingNcmec: number;
  missing: number;
  awaitingScreen: number;
};

/** One row per county with anything open, and the statewide row (county null), as of `now`. */
export function agencyCountsStatement(now: Date): Sql {
  const at = raw('(SELECT now_at FROM scrape)');
  return sql`WITH scrape AS (SELECT ${now.toISOString()}::timestamptz AS now_at),
    open_reports AS MATERIALIZED (
      SELECT pr.county_code, pr.received_at, pr.le_due_at, pr.response_due_at,
        pr.le_required AND pr.le_first_at IS NULL AS le_open,
        pr.tribe_required AND pr.tribe_first_at IS NULL AS tribe_open,
        pr.status = 'SCREENED_IN' AND pr.response_time IS NOT NULL AND pr.child_seen_at IS NULL AS response_open
      FROM report_compliance pr WHERE ${raw(OPEN_CLOCKS)}
    ),
    flags AS (
      SELECT pr.county_code,
        coalesce(pr.le_open AND ${at} > pr.le_due_at, false)::int AS le,
        (pr.tribe_open AND ${at} > ${raw(tribeDue('pr.received_at'))})::int AS tribe,
        coalesce(pr.response_open AND ${at} > pr.response_due_at, false)::int AS response,
        0 AS missing_police, 0 AS missing_ncmec, 0 AS missing, 0 AS awaiting_screen
      FROM open_reports pr
      UNION ALL
      SELECT county_code, 0, 0, 0,
        (police_reported_at IS NULL AND ${at} > ${raw(missingPoliceDue('learned_at'))})::int,
        (ncmec_reported_at IS NULL AND ${at} > ${raw(missingNcmecDue('learned_at'))})::int,
        (screened_at IS NULL AND located_at IS NULL)::int,
        (screened_at IS NULL AND located_at IS NOT NULL)::int
      FROM missing_episodes WHERE ${raw(OPEN_EPISODES)}
    )
    SELECT f.county_code AS county, coalesce(sum(f.le), 0)::int AS le, coalesce(sum(f.tribe), 0)::int AS tribe,
      coalesce(sum(f.response), 0)::int AS response,
      coalesce(sum(f.missing_police), 0)::int AS "missingPolice", coalesce(sum(f.missing_ncmec), 0)::int AS "missingNcmec",
      coalesce(sum(f.missing), 0)::int AS missing, coalesce(sum(f.awaiting_screen), 0)::int AS "awaitingScreen"
    FROM flags f
    GROUP BY GROUPING SETS ((f.county_code), ())
    ORDER BY f.county_code NULLS FIRST`;
}
