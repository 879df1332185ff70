-- Data for `npm run bench:reports`: 600,000 reports over 2015-2019, 1,000,000 allegations of which
-- 100,000 carry SEX_TRAFFICKING, 400,000 children seen in one or two reports each, findings,
-- decisions and notifications. Set-based (generate_series), reproducible (setseed).
-- :user is replaced by the bench script with the id of a worker it created.
SELECT setseed(0.2018);

CREATE TEMP TABLE bos AS SELECT array_agg(code ORDER BY code) AS codes FROM counties WHERE code <> '55079';

-- Each child's details, as every report that names them records them (report_persons); the registry
-- (persons) keeps the identifying basics.
CREATE TEMP TABLE children AS
SELECT md5('child' || i)::uuid AS id,
  CASE WHEN random() < 0.02 THEN NULL ELSE date '2000-01-01' + (random() * 365 * 13)::int END AS date_of_birth,
  (CASE WHEN random() < 0.90 THEN 'FEMALE' WHEN random() < 0.95 THEN 'MALE' ELSE 'UNKNOWN' END)::"Gender" AS gender,
  (CASE WHEN random() < 0.03 THEN 'HISPANIC' WHEN random() < 0.6 THEN 'NOT_HISPANIC' ELSE 'NOT_DOCUMENTED' END)::"HispanicEthnicity" AS hispanic_ethnicity,
  (CASE WHEN random() < 0.47 THEN 'WHITE' WHEN random() < 0.80 THEN 'BLACK_AFRICAN_AMERICAN' WHEN random() < 0.4 THEN 'AMERICAN_INDIAN_ALASKA_NATIVE'
        WHEN random() < 0.4 THEN 'ASIAN' WHEN random() < 0.1 THEN 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER' ELSE 'UNABLE_TO_DETERMINE' END)::"PrimaryRace" AS primary_race,
  (CASE WHEN random() < 0.02 THEN 'YES' ELSE 'NO' END)::"IndianChild" AS indian_child
FROM generate_series(0, 399999) i;

INSERT INTO persons (id, first_name_key, last_name_key, date_of_birth, gender, updated_at)
SELECT id, '', '', date_of_birth, gender, now() FROM children;

-- Report r names child (r * 7919) mod 400,000; reports with r mod 6 = 0 hold the sex trafficking allegation.
-- Each report gets its number (created now: this Chicago year) in its county's sequence, in order of r.
INSERT INTO access_reports (id, report_number, county_code, received_at, reporter_type, narrative, present_danger_threat, status, created_by_id, updated_at, submitted_at)
SELECT id, to_char(now() AT TIME ZONE 'America/Chicago', 'YYYY') || '-' || right(county_code, 3) || '-' || lpad(n::text, greatest(5, length(n::text)), '0'),
  county_code, t, 'EDUCATION', 'Benchmark report.', false, status, :user, now(), t
FROM (
  SELECT x.*, row_number() OVER (PARTITION BY county_code ORDER BY r) AS n
  FROM (
    SELECT r, md5('report' || r)::uuid AS id,
      CASE WHEN random() < 0.30 THEN '55079' ELSE bos.codes[1 + floor(random() * 71)::int] END AS county_code,
      t,
      (CASE WHEN r % 6 = 0 THEN CASE WHEN s < 0.95 THEN 'SCREENED_IN' WHEN s < 0.98 THEN 'AWAITING_SUPERVISOR' ELSE 'DRAFT' END
            ELSE CASE WHEN s < 0.80 THEN 'SCREENED_IN' WHEN s < 0.92 THEN 'SCREENED_OUT' WHEN s < 0.97 THEN 'AWAITING_SUPERVISOR' ELSE 'DRAFT' END END)::"ReportStatus" AS status
    FROM (SELECT r, timestamptz '2015-01-01 06:00:00+00' + random() * interval '1826 days' AS t, random() AS s FROM generate_series(0, 599999) r) g, bos
  ) x
) y;

-- The counters carry on from the last number used, so reports the bench creates get the next ones.
INSERT INTO report_number_counters (county_code, year, last)
SELECT county_code, extract(year FROM now() AT TIME ZONE 'America/Chicago')::smallint, count(*) FROM access_reports GROUP BY county_code
ON CONFLICT (county_code, year) DO UPDATE SET last = report_number_counters.last + EXCLUDED.last;

INSERT INTO report_persons (report_id, county_code, person_id, key, roles, date_of_birth, approximate_age, gender, hispanic_ethnicity, primary_race, indian_child, position)
SELECT a.id, a.county_code, c.id, 'c1', '{CHILD}', c.date_of_birth, CASE WHEN r % 97 = 0 THEN (r % 18) END, c.gender, c.hispanic_ethnicity,
  c.primary_race, c.indian_child, 0
FROM generate_series(0, 599999) r JOIN access_reports a ON a.id = md5('report' || r)::uuid
  JOIN children c ON c.id = md5('child' || ((r::bigint * 7919) % 400000))::uuid;

-- Allegation j belongs to report j mod 600,000: the first 400,000 reports have two (the second is neglect).
INSERT INTO allegations (id, report_id, key, child_id, maltreatment_type, descriptors, maltreater_relationship, position)
SELECT md5('allegation' || j)::uuid, md5('report' || (j % 600000))::uuid, 'a' || (j / 600000),
  md5('child' || (((j % 600000)::bigint * 7919) % 400000))::uuid,
  (CASE WHEN j >= 600000 THEN 'NEGLECT' WHEN j % 6 IN (0, 1, 2) THEN 'SEXUAL_ABUSE' WHEN j % 6 IN (3, 4) THEN 'PHYSICAL_ABUSE' ELSE 'EMOTIONAL_DAMAGE' END)::"MaltreatmentType",
  CASE WHEN j < 600000 AND j % 6 = 0 THEN ARRAY['SEX_TRAFFICKING']::"Descriptor"[] ELSE '{}'::"Descriptor"[] END,
  (CASE WHEN j >= 600000 THEN 'PRIMARY_CAREGIVER' ELSE 'NON_CAREGIVER' END)::"MaltreaterRelationship",
  j / 600000
FROM generate_series(0, 999999) j;

INSERT INTO screening_decisions (report_id, decision, screen_out_reason, response_time, rationale, decided_by_id, decided_at)
SELECT id, (CASE WHEN status = 'SCREENED_IN' THEN 'SCREEN_IN' ELSE 'SCREEN_OUT' END)::"ScreeningChoice",
  (CASE WHEN status = 'SCREENED_OUT' THEN 'DOES_NOT_MEET_DEFINITION' END)::"ScreenOutReason",
  (CASE WHEN status = 'SCREENED_IN' THEN 'WITHIN_48_HOURS' END)::"ResponseTime",
  'Benchmark decision.', :user, received_at + random() * interval '60 hours'
FROM access_reports WHERE status IN ('SCREENED_IN', 'SCREENED_OUT');

INSERT INTO findings (allegation_id, finding, maltreater_interviewed, rationale, recorded_by_id, recorded_at)
SELECT a.id, (CASE WHEN random() < CASE WHEN a.descriptors <> '{}' THEN 0.25 ELSE 0.15 END THEN 'SUBSTANTIATED' ELSE 'UNSUBSTANTIATED' END)::"FindingValue",
  true, 'Benchmark finding.', :user, r.received_at + random() * interval '75 days'
FROM allegations a JOIN access_reports r ON r.id = a.report_id
WHERE r.status = 'SCREENED_IN' AND random() < 0.9;

INSERT INTO law_enforcement_notifications (report_id, notified_at, agency, method, recorded_by_id)
SELECT r.id, r.received_at + random() * interval '30 hours', 'County Sheriff', 'PHONE', :user
FROM access_reports r WHERE EXISTS (SELECT 1 FROM allegations a WHERE a.report_id = r.id AND a.maltreatment_type = 'SEXUAL_ABUSE') AND random() < 0.9;

INSERT INTO tribal_notifications (report_id, notified_at, tribe, method, recorded_by_id)
SELECT DISTINCT rp.report_id, r.received_at + interval '20 hours', 'Oneida Nation', 'PHONE'::"NotificationMethod", :user
FROM report_persons rp JOIN access_reports r ON r.id = rp.report_id
WHERE rp.indian_child = 'YES';
