import {
  MISSING_NCMEC_HOURS,
  MISSING_POLICE_HOURS,
  RESPONSE_BUSINESS_DAYS,
  RESPONSE_HOURS_48,
  SEX_TRAFFICKING,
  TRIBAL_NOTIFICATION_HOURS,
} from '@cps/domain';

// The clocks of docs/domain.md as SQL text, shared by the compliance tables and the report list so
// that each is written once. Plain text made in the code (no input): each caller splices it into its
// own kind of statement. compliance-clock.api.test.ts holds LE_DUE equal to lawEnforcementDueAt,
// response-due.api.test.ts holds responseDue equal to responseDueAt.

export const CHICAGO_ZONE = `'America/Chicago'`;

/** As the domain's clock: a calendar with no business day within this many days is refused there. */
const MAX_DAYS_WALKED = 3660;

/**
 * Business days (not Saturday, Sunday or a holiday of the holidays table, read now) from the first
 * `received_on` of the CTE `source` to MAX_DAYS_WALKED past the last, each with the next business
 * day after it and the number of business days up to and including it (`business_count`): the
 * CTEs `calendar` and `next_business`.
 */
export function businessCalendarCtes(source: string): string {
  return `
  calendar AS (
    SELECT d::date AS day, extract(isodow FROM d) < 6 AND h.date IS NULL AS business
    FROM generate_series((SELECT min(received_on) FROM ${source}),
                         (SELECT max(received_on) FROM ${source}) + ${MAX_DAYS_WALKED}, interval '1 day') d
    LEFT JOIN holidays h ON h.date = d::date
  ),
  next_business AS (
    SELECT day, business,
      min(day) FILTER (WHERE business) OVER (ORDER BY day DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_day,
      count(*) FILTER (WHERE business) OVER (ORDER BY day) AS business_count
    FROM calendar
  )`;
}

/**
 * LE-12H's due instant: 12 hours counted only on business days, as lawEnforcementDueAt walks them.
 * Received on a business day with 12 hours left before its midnight: 12 hours later. On a business
 * day with less left: what remains, from midnight of the next business day. Otherwise: noon of the
 * next business day. In Chicago wall time, which is exact here: clocks change only on Sundays,
 * never a business day, and a due time never falls on a Sunday. Reads `pr.local_received`,
 * `pr.received_on` and the report's row `nb` of next_business.
 */
export const LE_DUE = `(CASE
    WHEN nb.business AND pr.local_received + interval '12 hours' <= (pr.received_on + 1)::timestamp THEN pr.local_received + interval '12 hours'
    WHEN nb.business THEN nb.next_day + (interval '12 hours' - ((pr.received_on + 1)::timestamp - pr.local_received))
    ELSE nb.next_day + interval '12 hours'
  END AT TIME ZONE ${CHICAGO_ZONE})`;

/** MISSING-LE-8H's and MISSING-NCMEC-24H's due instants: 8 and 24 elapsed hours after `learnedAt`. */
export const missingPoliceDue = (learnedAt: string) => `${learnedAt} + interval '${MISSING_POLICE_HOURS} hours'`;
export const missingNcmecDue = (learnedAt: string) => `${learnedAt} + interval '${MISSING_NCMEC_HOURS} hours'`;

/** TRIBE-24H's due instant: 24 elapsed hours after `receivedAt`. */
export const tribeDue = (receivedAt: string) => `${receivedAt} + interval '${TRIBAL_NOTIFICATION_HOURS} hours'`;

/** LE-12H applies to allegation `a`: SEXUAL_ABUSE, or any sex trafficking allegation (lawEnforcementRequired). */
export const leRequiredAllegation = (a: string) =>
  `(${a}.maltreatment_type = 'SEXUAL_ABUSE' OR ${a}.descriptors @> ARRAY['${SEX_TRAFFICKING}']::"Descriptor"[])`;

/** TRIBE-24H applies through person `rp` of a report: a child recorded as an Indian child (tribalNotificationRequired). */
export const indianChild = (rp: string) => `('CHILD' = ANY(${rp}.roles) AND ${rp}.indian_child = 'YES')`;

/**
 * The row `fb` of next_business that RESPONSE-TIME's WITHIN_5_BUSINESS_DAYS reads: the fifth
 * business day after the report's day `nb` (which itself never counts). A hash join, not a walk.
 */
export const FIFTH_BUSINESS_JOIN = `LEFT JOIN next_business fb ON fb.business AND fb.business_count = nb.business_count + ${RESPONSE_BUSINESS_DAYS}`;

/**
 * RESPONSE-TIME's due instant for the response time `responseTime` (SQL text of a "ResponseTime"),
 * as responseDueAt: SAME_DAY the end of the Chicago day received; WITHIN_48_HOURS 48 elapsed hours
 * later; WITHIN_5_BUSINESS_DAYS the end of the fifth business day after the day received. A Chicago
 * midnight always exists (clocks change at 02:00), so AT TIME ZONE is exact. Reads
 * `pr.received_at`, `pr.received_on` and `fb` of FIFTH_BUSINESS_JOIN; null without a response time.
 */
export const responseDue = (responseTime: string) => `(CASE ${responseTime}
    WHEN 'SAME_DAY' THEN (pr.received_on + 1)::timestamp AT TIME ZONE ${CHICAGO_ZONE}
    WHEN 'WITHIN_48_HOURS' THEN pr.received_at + interval '${RESPONSE_HOURS_48} hours'
    WHEN 'WITHIN_5_BUSINESS_DAYS' THEN (fb.day + 1)::timestamp AT TIME ZONE ${CHICAGO_ZONE}
  END)`;
