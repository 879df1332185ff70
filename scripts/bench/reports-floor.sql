-- The floor of `npm run bench:reports`: the numbers of GET /api/reports/sex-trafficking written by
-- hand as one SQL statement (PostgreSQL's own age(), window functions for the first substantiated
-- allegation), run straight on the database. $1, $2: the period's first and last Chicago dates.
WITH c AS MATERIALIZED (
  SELECT a.id, a.report_id, a.child_id, r.received_at,
    CASE WHEN r.county_code = '55079' THEN 'milwaukee' ELSE 'balanceOfState' END AS loc,
    f.finding IS NOT DISTINCT FROM 'SUBSTANTIATED' AS sub,
    CASE WHEN rp.hispanic_ethnicity = 'HISPANIC' THEN 'HISPANIC' ELSE 'NOT_HISPANIC_OR_NOT_DOCUMENTED' END AS eth,
    coalesce(rp.primary_race::text, 'UNABLE_TO_DETERMINE') AS race,
    coalesce(rp.gender::text, 'UNKNOWN') AS gender,
    CASE WHEN g.age IS NULL OR g.age < 0 OR g.age > 17 THEN 'AGE_UNKNOWN' WHEN g.age <= 5 THEN 'AGE_0_5' WHEN g.age <= 9 THEN 'AGE_6_9'
         WHEN g.age <= 12 THEN 'AGE_10_12' ELSE 'AGE_' || g.age END AS agegroup
  FROM access_reports r
  JOIN allegations a ON a.report_id = r.id
  LEFT JOIN findings f ON f.allegation_id = a.id
  LEFT JOIN report_persons rp ON rp.report_id = a.report_id AND rp.person_id = a.child_id
  CROSS JOIN LATERAL (SELECT (r.received_at AT TIME ZONE 'America/Chicago')::date AS day) d
  CROSS JOIN LATERAL (SELECT CASE WHEN rp.date_of_birth > d.day THEN -1 ELSE coalesce(date_part('year', age(d.day, rp.date_of_birth))::int, rp.approximate_age::int) END AS age) g
  WHERE r.status = 'SCREENED_IN' AND 'SEX_TRAFFICKING' = ANY (a.descriptors)
    AND r.received_at >= ($1::date::timestamp AT TIME ZONE 'America/Chicago') AND r.received_at < (($2::date + 1)::timestamp AT TIME ZONE 'America/Chicago')
),
ranked AS (
  SELECT child_id, loc, agegroup,
    row_number() OVER (PARTITION BY child_id, loc ORDER BY received_at, report_id, id) AS nth_here,
    row_number() OVER (PARTITION BY child_id ORDER BY received_at, report_id, id) AS nth_all
  FROM c WHERE sub
),
-- a child's gender in the children's tables: the one their latest counted report records (per location, and statewide)
latest_here AS (SELECT DISTINCT ON (child_id, loc) child_id, loc, gender FROM c ORDER BY child_id, loc, received_at DESC, report_id DESC),
latest_all AS (SELECT DISTINCT ON (child_id) child_id, gender FROM c ORDER BY child_id, received_at DESC, report_id DESC),
firsts AS (
  SELECT r.loc, l.gender, r.agegroup FROM ranked r JOIN latest_here l USING (child_id, loc) WHERE nth_here = 1
  UNION ALL SELECT 'total', l.gender, r.agegroup FROM ranked r JOIN latest_all l USING (child_id) WHERE nth_all = 1
)
SELECT m, d, k, coalesce(l, 'total') AS l, n::int AS n FROM (
  SELECT v.m, CASE WHEN GROUPING(eth) = 0 THEN 'ETHNICITY' WHEN GROUPING(race) = 0 THEN 'RACE' WHEN GROUPING(gender) = 0 THEN 'GENDER' WHEN GROUPING(agegroup) = 0 THEN 'AGE' ELSE 'ALL' END AS d,
    coalesce(eth, race, gender, agegroup) AS k, loc AS l, count(*) FILTER (WHERE v.m = 'ALLEGATIONS' OR sub) AS n
  FROM c CROSS JOIN (VALUES ('ALLEGATIONS'), ('SUBSTANTIATED')) v(m)
  GROUP BY v.m, GROUPING SETS ((eth, loc), (eth), (race, loc), (race), (gender, loc), (gender), (agegroup, loc), (agegroup), (loc), ())
) t
UNION ALL SELECT 'UNIQUE_CHILDREN', 'ALL', NULL, loc, count(DISTINCT child_id)::int FROM c GROUP BY loc
UNION ALL SELECT 'UNIQUE_CHILDREN', 'ALL', NULL, 'total', count(DISTINCT child_id)::int FROM c
UNION ALL SELECT 'SUBSTANTIATED_UNIQUE_CHILDREN', d, k, loc, n::int FROM (
  SELECT CASE WHEN GROUPING(gender) = 0 THEN 'GENDER' WHEN GROUPING(agegroup) = 0 THEN 'AGE' ELSE 'ALL' END AS d, coalesce(gender, agegroup) AS k, loc, count(*) AS n
  FROM firsts GROUP BY GROUPING SETS ((loc, gender), (loc, agegroup), (loc))
) u
UNION ALL SELECT 'RATES', 'ALL', k, 'total', v FROM (
  SELECT count(*) AS allegations, count(*) FILTER (WHERE f.finding = 'SUBSTANTIATED') AS substantiated,
    count(*) FILTER (WHERE a.maltreatment_type = 'SEXUAL_ABUSE') AS sa, count(*) FILTER (WHERE a.maltreatment_type = 'SEXUAL_ABUSE' AND f.finding = 'SUBSTANTIATED') AS sas
  FROM access_reports r JOIN allegations a ON a.report_id = r.id LEFT JOIN findings f ON f.allegation_id = a.id
  WHERE r.status = 'SCREENED_IN'
    AND r.received_at >= ($1::date::timestamp AT TIME ZONE 'America/Chicago') AND r.received_at < (($2::date + 1)::timestamp AT TIME ZONE 'America/Chicago')
) q CROSS JOIN LATERAL (VALUES ('allegations', allegations::int), ('substantiated', substantiated::int), ('sexualAbuse', sa::int), ('sexualAbuseSubstantiated', sas::int)) w(k, v)
