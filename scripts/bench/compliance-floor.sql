-- The floor of the compliance report in `npm run bench:reports`: the same numbers straight from
-- PostgreSQL over the same tables the endpoint reads (compliance_days up to the horizon,
-- report_compliance after it and for the days with a clock still running, missing_episodes),
-- written by hand with nothing spare: no county names, no zero rows, ROLLUP for the total.
-- $1 from, $2 to (Chicago dates), $3 now (the endpoint's asOf), $4 today in Chicago.
WITH h AS (SELECT closed_through AS day FROM compliance_horizon),
d AS (
  SELECT * FROM compliance_days WHERE received_on BETWEEN $1::date AND least($2::date, (SELECT day FROM h))
),
f AS (
  SELECT * FROM report_compliance
  WHERE received_on > (SELECT day FROM h) AND received_on BETWEEN $1::date AND $2::date AND status <> 'DISCARDED'
  UNION ALL
  SELECT r.* FROM compliance_days x JOIN report_compliance r USING (county_code, received_on)
  WHERE x.open_due_max >= $3::timestamptz AND r.status <> 'DISCARDED'
    AND x.received_on BETWEEN $1::date AND least($2::date, (SELECT day FROM h))
),
s AS (
  SELECT county_code, decided_at,
    CASE WHEN le_required THEN CASE WHEN le_first_at IS NOT NULL THEN CASE WHEN le_first_at <= le_due_at THEN 'ON_TIME' ELSE 'LATE' END
                                   WHEN $3::timestamptz <= le_due_at THEN 'PENDING' ELSE 'OVERDUE' END END AS le,
    CASE WHEN tribe_required THEN CASE WHEN tribe_first_at IS NOT NULL THEN CASE WHEN tribe_first_at <= received_at + interval '24 hours' THEN 'ON_TIME' ELSE 'LATE' END
                                      WHEN $3::timestamptz <= received_at + interval '24 hours' THEN 'PENDING' ELSE 'OVERDUE' END END AS tribe,
    CASE WHEN status = 'SCREENED_IN' THEN CASE WHEN findings = allegations THEN CASE WHEN last_finding_on IS NULL OR last_finding_on <= received_on + 60 THEN 'ON_TIME' ELSE 'LATE' END
                                              WHEN $4::date > received_on + 60 THEN 'OVERDUE' ELSE 'PENDING' END END AS ia,
    CASE WHEN status = 'SCREENED_IN' THEN CASE WHEN response_time IS NULL THEN 'PENDING'
                                              WHEN child_seen_at IS NOT NULL THEN CASE WHEN child_seen_at <= response_due_at THEN 'ON_TIME' ELSE 'LATE' END
                                              WHEN $3::timestamptz <= response_due_at THEN 'PENDING' ELSE 'OVERDUE' END END AS resp,
    CASE WHEN status = 'SCREENED_IN' THEN CASE WHEN response_time IS NULL THEN 'PENDING'
                                              WHEN child_contact_at IS NOT NULL THEN CASE WHEN child_contact_at <= response_due_at THEN 'ON_TIME' ELSE 'LATE' END
                                              WHEN $3::timestamptz <= response_due_at THEN 'PENDING' ELSE 'OVERDUE' END END AS resp_att
  FROM f
),
parts AS (
  SELECT county_code, count(*) AS reports, count(decided_at) AS decided,
    count(le) AS le_required, count(*) FILTER (WHERE le = 'ON_TIME') AS le_on_time, count(*) FILTER (WHERE le = 'LATE') AS le_late,
    count(*) FILTER (WHERE le = 'OVERDUE') AS le_overdue, count(*) FILTER (WHERE le = 'PENDING') AS le_pending,
    count(tribe) AS tribe_required, count(*) FILTER (WHERE tribe = 'ON_TIME') AS tribe_on_time, count(*) FILTER (WHERE tribe = 'LATE') AS tribe_late,
    count(*) FILTER (WHERE tribe = 'OVERDUE') AS tribe_overdue, count(*) FILTER (WHERE tribe = 'PENDING') AS tribe_pending,
    count(ia) AS ia_required, count(*) FILTER (WHERE ia = 'ON_TIME') AS ia_on_time, count(*) FILTER (WHERE ia = 'LATE') AS ia_late,
    count(*) FILTER (WHERE ia = 'OVERDUE') AS ia_overdue, count(*) FILTER (WHERE ia = 'PENDING') AS ia_pending,
    count(resp) AS resp_required, count(*) FILTER (WHERE resp = 'ON_TIME') AS resp_on_time, count(*) FILTER (WHERE resp = 'LATE') AS resp_late,
    count(*) FILTER (WHERE resp = 'OVERDUE') AS resp_overdue, count(*) FILTER (WHERE resp = 'PENDING') AS resp_pending,
    count(resp_att) AS resp_att_required, count(*) FILTER (WHERE resp_att = 'ON_TIME') AS resp_att_on_time, count(*) FILTER (WHERE resp_att = 'LATE') AS resp_att_late,
    count(*) FILTER (WHERE resp_att = 'OVERDUE') AS resp_att_overdue, count(*) FILTER (WHERE resp_att = 'PENDING') AS resp_att_pending
  FROM s GROUP BY county_code
  UNION ALL
  SELECT county_code, sum(reports), sum(decided),
    sum(le_required), sum(le_on_time), sum(le_late), sum(le_open), 0,
    sum(tribe_required), sum(tribe_on_time), sum(tribe_late), sum(tribe_open), 0,
    sum(ia_required), sum(ia_on_time), sum(ia_late),
    sum(ia_open) FILTER (WHERE $4::date > received_on + 60), sum(ia_open) FILTER (WHERE $4::date <= received_on + 60),
    sum(ia_required), sum(resp_on_time), sum(resp_late), sum(resp_open), sum(resp_unset),
    sum(ia_required), sum(resp_att_on_time), sum(resp_att_late), sum(resp_att_open), sum(resp_unset)
  FROM d WHERE open_due_max IS NULL OR open_due_max < $3::timestamptz
  GROUP BY county_code
),
reports AS (
  SELECT county_code, sum(reports) AS reports,
    sum(le_required) AS le_required, sum(le_on_time) AS le_on_time, sum(le_late) AS le_late, sum(le_overdue) AS le_overdue, sum(le_pending) AS le_pending,
    sum(tribe_required) AS tribe_required, sum(tribe_on_time) AS tribe_on_time, sum(tribe_late) AS tribe_late, sum(tribe_overdue) AS tribe_overdue, sum(tribe_pending) AS tribe_pending,
    sum(ia_required) AS ia_required, sum(ia_on_time) AS ia_on_time, sum(ia_late) AS ia_late, coalesce(sum(ia_overdue), 0) AS ia_overdue, coalesce(sum(ia_pending), 0) AS ia_pending,
    sum(resp_required) AS resp_required, sum(resp_on_time) AS resp_on_time, sum(resp_late) AS resp_late, sum(resp_overdue) AS resp_overdue, sum(resp_pending) AS resp_pending,
    sum(resp_att_required) AS resp_att_required, sum(resp_att_on_time) AS resp_att_on_time, sum(resp_att_late) AS resp_att_late, sum(resp_att_overdue) AS resp_att_overdue, sum(resp_att_pending) AS resp_att_pending,
    sum(decided) AS decided
  FROM parts GROUP BY ROLLUP (county_code)
),
t AS NOT MATERIALIZED (
  SELECT county_code, decision_hours FROM report_compliance
  WHERE received_on BETWEEN $1::date AND $2::date AND decision_hours IS NOT NULL AND status <> 'DISCARDED'
),
p AS (
  SELECT county_code, percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY decision_hours) AS p
  FROM (SELECT * FROM t ORDER BY county_code, decision_hours) s GROUP BY county_code
  UNION ALL
  SELECT NULL, percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY decision_hours)
  FROM (SELECT decision_hours FROM t ORDER BY decision_hours) s
),
times AS (SELECT county_code, p[1] AS median_hours, p[2] AS p90_hours FROM p),
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
SELECT * FROM reports FULL JOIN times USING (county_code) FULL JOIN episodes USING (county_code)
