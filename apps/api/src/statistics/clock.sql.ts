import { SEX_TRAFFICKING, TRIBAL_NOTIFICATION_HOURS } from '@cps/domain';

// The clocks of docs/domain.md as SQL text, shared by the compliance tables and the report list so
// that each is written once. Plain text made in the code (no input): each caller splices it into its
// own kind of statement. compliance-clock.api.test.ts holds LE_DUE equal to lawEnforcementDueAt.

export const CHICAGO_ZONE = `'America/Chicago'`;

/** As the domain's clock: a calendar with no business day within this many days is refused there. */
const MAX_DAYS_WALKED = 3660;

/**
 * Business days (not Saturday, Sunday or a holiday of the holidays table, read now) from the first
 * `received_on` of the CTE `source` to MAX_DAYS_WALKED past the last, each with the next business
 * day after it: the CTEs `calendar` and `next_business`.
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
      min(day) FILTER (WHERE business) OVER (ORDER BY day DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_day
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

/** TRIBE-24H's due instant: 24 elapsed hours after `receivedAt`. */
export const tribeDue = (receivedAt: string) => `${receivedAt} + interval '${TRIBAL_NOTIFICATION_HOURS} hours'`;

/** LE-12H applies to allegation `a`: SEXUAL_ABUSE, or any sex trafficking allegation (lawEnforcementRequired). */
export const leRequiredAllegation = (a: string) =>
  `(${a}.maltreatment_type = 'SEXUAL_ABUSE' OR ${a}.descriptors @> ARRAY['${SEX_TRAFFICKING}']::"Descriptor"[])`;

/** TRIBE-24H applies through person `rp` of a report: a child recorded as an Indian child (tribalNotificationRequired). */
export const indianChild = (rp: string) => `('CHILD' = ANY(${rp}.roles) AND ${rp}.indian_child = 'YES')`;
