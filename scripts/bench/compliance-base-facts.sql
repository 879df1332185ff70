-- The compliance report's facts per report recomputed plainly from the base tables (grouped joins,
-- no report_compliance, no rebuild function): `npm run bench:reports` puts this in place of
-- report_compliance in compliance-floor.sql, so the endpoint is checked against the base tables.
SELECT r.id AS report_id, r.county_code, r.status, r.received_at,
  r.received_at AT TIME ZONE 'America/Chicago' AS local_received, (r.received_at AT TIME ZONE 'America/Chicago')::date AS received_on,
  coalesce(al.le_required, false) AS le_required, le.at AS le_first_at,
  ic.report_id IS NOT NULL AS tribe_required, tn.at AS tribe_first_at,
  d.decided_at, (extract(epoch FROM d.decided_at - r.received_at) / 3600)::float8 AS decision_hours,
  CASE WHEN d.decision = 'SCREEN_IN' THEN d.response_time END AS response_time,
  coalesce(al.n, 0) AS allegations, coalesce(al.found, 0) AS findings, (al.last_finding AT TIME ZONE 'America/Chicago')::date AS last_finding_on,
  ct.seen AS child_seen_at, ct.contacted AS child_contact_at
FROM access_reports r
LEFT JOIN (
  SELECT a.report_id, bool_or(a.maltreatment_type = 'SEXUAL_ABUSE' OR 'SEX_TRAFFICKING' = ANY (a.descriptors)) AS le_required,
    count(*) AS n, count(fi.allegation_id) AS found, max(fi.recorded_at) AS last_finding
  FROM allegations a LEFT JOIN findings fi ON fi.allegation_id = a.id GROUP BY a.report_id
) al ON al.report_id = r.id
LEFT JOIN (SELECT report_id, min(notified_at) AS at FROM law_enforcement_notifications GROUP BY report_id) le ON le.report_id = r.id
LEFT JOIN (SELECT DISTINCT report_id FROM report_persons WHERE 'CHILD' = ANY (roles) AND indian_child = 'YES') ic ON ic.report_id = r.id
LEFT JOIN (SELECT report_id, min(notified_at) AS at FROM tribal_notifications GROUP BY report_id) tn ON tn.report_id = r.id
LEFT JOIN (
  SELECT k.report_id, min(k.at) FILTER (WHERE k.outcome = 'COMPLETED') AS seen, min(k.at) AS contacted
  FROM report_contacts k JOIN (SELECT DISTINCT report_id, child_id FROM allegations) v ON v.report_id = k.report_id AND v.child_id = k.person_id
  WHERE k.kind = 'CHILD_SEEN' GROUP BY k.report_id
) ct ON ct.report_id = r.id
LEFT JOIN screening_decisions d ON d.report_id = r.id
