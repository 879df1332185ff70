-- The floor of `npm run bench:reports` on the table the endpoint reads: the same numbers written by
-- hand as one SQL statement over report_statistics (the narrow copy of each allegation of a
-- screened-in report, with the child's age at the Chicago date received), run straight on the
-- database. $1, $2: the period's first and last Chicago dates.
WITH c AS MATERIALIZED (
  SELECT s.allegation_id AS id, s.report_id, s.child_id, s.received_at,
    CASE WHEN s.county_code = '55079' THEN 'milwaukee' ELSE 'balanceOfState' END AS loc,
    s.substantiated AS sub,
    CASE WHEN s.hispanic_ethnicity = 'HISPANIC' THEN 'HISPANIC' ELSE 'NOT_HISPANIC_OR_NOT_DOCUMENTED' END AS eth,
    coalesce(s.primary_race::text, 'UNABLE_TO_DETERMINE') AS race,
    coalesce(s.gender::text, 'UNKNOWN') AS gender,
    CASE WHEN s.age_years IS NULL OR s.age_years < 0 OR s.age_years > 17 THEN 'AGE_UNKNOWN' WHEN s.age_years <= 5 THEN 'AGE_0_5' WHEN s.age_years <= 9 THEN 'AGE_6_9'
         WHEN s.age_years <= 12 THEN 'AGE_10_12' ELSE 'AGE_' || s.age_years END AS agegroup
  FROM report_statistics s
  WHERE s.sex_trafficking
    AND s.received_at >= ($1::date::timestamp AT TIME ZONE 'America/Chicago') AND s.received_at < (($2::date + 1)::timestamp AT TIME ZONE 'America/Chicago')
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
  SELECT count(*) AS allegations, count(*) FILTER (WHERE s.substantiated) AS substantiated,
    count(*) FILTER (WHERE s.maltreatment_type = 'SEXUAL_ABUSE') AS sa, count(*) FILTER (WHERE s.maltreatment_type = 'SEXUAL_ABUSE' AND s.substantiated) AS sas
  FROM report_statistics s
  WHERE s.received_at >= ($1::date::timestamp AT TIME ZONE 'America/Chicago') AND s.received_at < (($2::date + 1)::timestamp AT TIME ZONE 'America/Chicago')
) q CROSS JOIN LATERAL (VALUES ('allegations', allegations::int), ('substantiated', substantiated::int), ('sexualAbuse', sa::int), ('sexualAbuseSubstantiated', sas::int)) w(k, v)
