-- Data for the compliance part of `npm run bench:reports`, added to reports-data.sql's reports (and to
-- a database kept from before contacts and episodes existed): contacts after screen-in and
-- missing-from-care episodes, set-based and reproducible. :user is the bench worker's id.
SELECT setseed(0.1414);

-- Response times of every kind, so that RESPONSE-TIME's three due-time rules are all read.
UPDATE screening_decisions SET response_time = (CASE WHEN random() < 0.2 THEN 'SAME_DAY' WHEN random() < 0.6 THEN 'WITHIN_48_HOURS' ELSE 'WITHIN_5_BUSINESS_DAYS' END)::"ResponseTime"
WHERE decision = 'SCREEN_IN';

-- The contacts are loaded with their report_compliance trigger set aside, then the reports they
-- touch are rebuilt once, after ANALYZE: inside the insert's own statement trigger the planner still
-- took report_contacts for the empty table the last ANALYZE saw, and read it whole per report (the
-- load ran for more than half an hour). The rows are those the trigger would have written.
ALTER TABLE report_contacts DISABLE TRIGGER report_compliance_contact_inserted;

-- The child (an alleged victim: named in the allegations) seen or attempted for 85% of screened-in
-- reports, some twice; a caregiver seen for a third (it never counts for the child).
INSERT INTO report_contacts (report_id, person_id, kind, outcome, at, recorded_by_id)
SELECT rp.report_id, rp.person_id, 'CHILD_SEEN', (CASE WHEN random() < 0.75 THEN 'COMPLETED' ELSE 'ATTEMPTED' END)::"ContactOutcome",
  r.received_at + random() * interval '150 hours', :user
FROM access_reports r JOIN report_persons rp ON rp.report_id = r.id AND rp.key = 'c1', generate_series(1, 2) n
WHERE r.status = 'SCREENED_IN' AND random() < CASE WHEN n = 1 THEN 0.85 ELSE 0.3 END;

INSERT INTO report_contacts (report_id, person_id, kind, outcome, at, recorded_by_id)
SELECT rp.report_id, rp.person_id, 'CAREGIVER_SEEN', 'COMPLETED', r.received_at + random() * interval '20 hours', :user
FROM access_reports r JOIN report_persons rp ON rp.report_id = r.id AND rp.key = 'c1'
WHERE r.status = 'SCREENED_IN' AND random() < 0.33;

ALTER TABLE report_contacts ENABLE TRIGGER report_compliance_contact_inserted;
ANALYZE report_contacts;
SELECT report_compliance_rebuild(array_agg(DISTINCT report_id)) FROM report_contacts;

-- 20,000 missing-from-care episodes over the five years, 30% in Milwaukee, each report made at a random time or not yet.
INSERT INTO missing_episodes (county_code, person_id, learned_at, police_reported_at, ncmec_reported_at, created_by_id, updated_at)
SELECT county_code, person_id, t,
  CASE WHEN random() < 0.9 THEN t + random() * interval '12 hours' END,
  CASE WHEN random() < 0.85 THEN t + random() * interval '36 hours' END, :user, now()
FROM (
  SELECT CASE WHEN random() < 0.30 THEN '55079' ELSE (SELECT array_agg(code ORDER BY code) FROM counties WHERE code <> '55079')[1 + floor(random() * 71)::int] END AS county_code,
    md5('child' || ((i * 7919) % 400000))::uuid AS person_id,
    timestamptz '2015-01-01 06:00:00+00' + random() * interval '1826 days' AS t
  FROM generate_series(0, 19999) i
) e
