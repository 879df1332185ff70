-- The compliance report recomputed in `npm run bench:reports` without what the endpoint keeps: due
-- times from a calendar built here from the holidays (not the stored ones), statuses per report,
-- over report_compliance f, which the bench replaces with facts recomputed from the base tables
-- (compliance-base-facts.sql): the check that the endpoint's numbers are right.
-- $1 from, $2 to (Chicago dates), $3 now (the endpoint's asOf), $4 today in Chicago.
WITH days AS (
  SELECT d::date AS day, extract(isodow FROM d) < 6 AND h.date IS NULL AS business
  FROM generate_series($1::date, $2::date + 3660, interval '1 day') d LEFT JOIN holidays h ON h.date = d::date
),
cal AS (
  SELECT day, business,
    min(day) FILTER (WHERE business) OVER (ORDER BY day DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_day,
    count(*) FILTER (WHERE business) OVER (ORDER BY day) AS n
  FROM days
),
r AS (
  SELECT f.county_code, f.decided_at, f.decision_hours, f.status, f.le_required, f.le_first_at, f.tribe_required, f.tribe_first_at,
    f.response_time, f.child_seen_at, f.child_contact_at, f.findings, f.allegations, f.last_finding_on, f.received_on,
    CASE WHEN f.le_required THEN (CASE
        WHEN c.business AND f.local_received + interval '12 hours' <= (f.received_on + 1)::timestamp THEN f.local_received + interval '12 hours'
        WHEN c.business THEN c.next_day + (interval '12 hours' - ((f.received_on + 1)::timestamp - f.local_received))
        ELSE c.next_day + interval '12 hours' END) AT TIME ZONE 'America/Chicago' END AS le_due,
    f.received_at + interval '24 hours' AS tribe_due,
    CASE f.response_time
      WHEN 'SAME_DAY' THEN (f.received_on + 1)::timestamp AT TIME ZONE 'America/Chicago'
      WHEN 'WITHIN_48_HOURS' THEN f.received_at + interval '48 hours'
      WHEN 'WITHIN_5_BUSINESS_DAYS' THEN (c5.day + 1)::timestamp AT TIME ZONE 'America/Chicago' END AS resp_due
  FROM report_compliance f
  JOIN cal c ON c.day = f.received_on
  LEFT JOIN cal c5 ON c5.business AND c5.n = c.n + 5
  WHERE f.received_at >= $1::date::timestamp AT TIME ZONE 'America/Chicago'
    AND f.received_at < ($2::date + 1)::timestamp AT TIME ZONE 'America/Chicago'
    AND f.status <> 'DISCARDED'
),
s AS (
  SELECT county_code, decided_at, decision_hours,
    CASE WHEN le_required THEN CASE WHEN le_first_at IS NOT NULL THEN CASE WHEN le_first_at <= le_due THEN 'ON_TIME' ELSE 'LATE' END
                                   WHEN $3::timestamptz <= le_due THEN 'PENDING' ELSE 'OVERDUE' END END AS le,
    CASE WHEN tribe_required THEN CASE WHEN tribe_first_at IS NOT NULL THEN CASE WHEN tribe_first_at <= tribe_due THEN 'ON_TIME' ELSE 'LATE' END
                                      WHEN $3::timestamptz <= tribe_due THEN 'PENDING' ELSE 'OVERDUE' END END AS tribe,
    CASE WHEN status = 'SCREENED_IN' THEN CASE WHEN findings = allegations THEN CASE WHEN last_finding_on IS NULL OR last_finding_on <= received_on + 60 THEN 'ON_TIME' ELSE 'LATE' END
                                              WHEN $4::date > received_on + 60 THEN 'OVERDUE' ELSE 'PENDING' END END AS ia,
    CASE WHEN status = 'SCREENED_IN' THEN CASE WHEN resp_due IS NULL THEN 'PENDING'
                                              WHEN child_seen_at IS NOT NULL THEN CASE WHEN child_seen_at <= resp_due THEN 'ON_TIME' ELSE 'LATE' END
                                              WHEN $3::timestamptz <= resp_due THEN 'PENDING' ELSE 'OVERDUE' END END AS resp,
    CASE WHEN status = 'SCREENED_IN' THEN CASE WHEN resp_due IS NULL THEN 'PENDING'
                                              WHEN child_contact_at IS NOT NULL THEN CASE WHEN child_contact_at <= resp_due THEN 'ON_TIME' ELSE 'LATE' END
                                              WHEN $3::timestamptz <= resp_due THEN 'PENDING' ELSE 'OVERDUE' END END AS resp_att
  FROM r
),
reports AS (
  SELECT county_code, count(*) AS reports,
    count(le) AS le_required, count(*) FILTER (WHERE le = 'ON_TIME') AS le_on_time, count(*) FILTER (WHERE le = 'LATE') AS le_late,
    count(*) FILTER (WHERE le = 'OVERDUE') AS le_overdue, count(*) FILTER (WHERE le = 'PENDING') AS le_pending,
    count(tribe) AS tribe_required, count(*) FILTER (WHERE tribe = 'ON_TIME') AS tribe_on_time, count(*) FILTER (WHERE tribe = 'LATE') AS tribe_late,
    count(*) FILTER (WHERE tribe = 'OVERDUE') AS tribe_overdue, count(*) FILTER (WHERE tribe = 'PENDING') AS tribe_pending,
    count(ia) AS ia_required, count(*) FILTER (WHERE ia = 'ON_TIME') AS ia_on_time, count(*) FILTER (WHERE ia = 'LATE') AS ia_late,
    count(*) FILTER (WHERE ia = 'OVERDUE') AS ia_overdue, count(*) FILTER (WHERE ia = 'PENDING') AS ia_pending,
    count(resp) AS resp_required, count(*) FILTER (WHERE resp = 'ON_TIME') AS resp_on_time, count(*) FILTER (WHERE resp = 'LATE') AS resp_late,
    count(*) FILTER (WHERE resp = 'OVERDUE') AS resp_overdue, count(*) FILTER (WHERE resp = 'PENDING') AS resp_pending,
    count(resp_att) AS resp_att_required, count(*) FILTER (WHERE resp_att = 'ON_TIME') AS resp_att_on_time, count(*) FILTER (WHERE resp_att = 'LATE') AS resp_att_late,
    count(*) FILTER (WHERE resp_att = 'OVERDUE') AS resp_att_overdue, count(*) FILTER (WHERE resp_att = 'PENDING') AS resp_att_pending,
    count(decided_at) AS decided,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY decision_hours) AS median_hours,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY decision_hours) AS p90_hours
  FROM s GROUP BY ROLLUP (county_code)
),
e AS (
  SELECT county_code,
    CASE WHEN police_reported_at IS NOT NULL THEN CASE WHEN police_reported_at <= learned_at + interval '8 hours' THEN 'ON_TIME' ELSE 'LATE' END
         WHEN $3::timestamptz <= learned_at + interval '8 hours' THEN 'PENDING' ELSE 'OVERDUE' END AS mle,
    CASE WHEN ncmec_reported_at IS NOT NULL THEN CASE WHEN ncmec_reported_at <= learned_at + interval '24 hours' THEN 'ON_TIME' ELSE 'LATE' END
         WHEN $3::timestamptz <= learned_at + interval '24 hours' THEN 'PENDING' ELSE 'OVERDUE' END AS mncmec
  FROM missing_episodes
  WHERE learned_at >= $1::date::timestamp AT TIME ZONE 'America/Chicago' AND learned_at < ($2::date + 1)::timestamp AT TIME ZONE 'America/Chicago'
),
episodes AS (
  SELECT county_code, count(*) AS episodes,
    count(*) AS mle_required, count(*) FILTER (WHERE mle = 'ON_TIME') AS mle_on_time, count(*) FILTER (WHERE mle = 'LATE') AS mle_late,
    count(*) FILTER (WHERE mle = 'OVERDUE') AS mle_overdue, count(*) FILTER (WHERE mle = 'PENDING') AS mle_pending,
    count(*) AS mncmec_required, count(*) FILTER (WHERE mncmec = 'ON_TIME') AS mncmec_on_time, count(*) FILTER (WHERE mncmec = 'LATE') AS mncmec_late,
    count(*) FILTER (WHERE mncmec = 'OVERDUE') AS mncmec_overdue, count(*) FILTER (WHERE mncmec = 'PENDING') AS mncmec_pending
  FROM e GROUP BY ROLLUP (county_code)
)
SELECT * FROM reports FULL JOIN episodes USING (county_code)
