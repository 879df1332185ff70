-- The report_compliance rows (what the compliance report reads) of some reports, rebuilt from the
-- base tables. Rebuilds of one report take turns: the first statement locks the reports' rows, so
-- a rebuild that waited reads, with the fresh snapshot of its next statement, what the other
-- committed (a finding and a notification recorded at once both end up in the row). A report that
-- no longer exists has no row (the foreign key removes it). Statuses are not stored: they depend on
-- the moment of reading. The due times of LE-12H and RESPONSE-TIME are, by the holidays read now
-- (compliance_dues_follow_holidays recomputes them when the holidays change). The report's present
-- danger and creation are copied for the queue's order; whether a clock runs and its earliest due
-- time are generated columns of the table.

CREATE OR REPLACE FUNCTION report_compliance_rebuild(report_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM report_compliance WHERE report_id IN (SELECT unnest(report_ids)) ORDER BY report_id FOR UPDATE;
  INSERT INTO report_compliance AS c (report_id, county_code, status, received_at, local_received, received_on,
                                      le_required, le_first_at, tribe_required, tribe_first_at,
                                      decided_at, decision_hours, response_time, allegations, findings, last_finding_on,
                                      child_seen_at, child_contact_at, le_due_at, response_due_at,
                                      present_danger, report_created_at)
  SELECT r.id, r.county_code, r.status, r.received_at, r.received_at AT TIME ZONE 'America/Chicago',
         (r.received_at AT TIME ZONE 'America/Chicago')::date,
         -- LE-12H: a SEXUAL_ABUSE allegation or any sex trafficking allegation (lawEnforcementRequired)
         coalesce(a.le_required, false), le.at,
         -- TRIBE-24H: a child recorded as an Indian child (tribalNotificationRequired)
         EXISTS (SELECT 1 FROM report_persons rp WHERE rp.report_id = r.id AND 'CHILD' = ANY (rp.roles) AND rp.indian_child = 'YES'),
         tn.at,
         d.decided_at, (extract(epoch FROM d.decided_at - r.received_at) / 3600)::float8,
         CASE WHEN d.decision = 'SCREEN_IN' THEN d.response_time END,
         coalesce(a.allegations, 0), coalesce(a.findings, 0), (a.last_finding AT TIME ZONE 'America/Chicago')::date,
         -- RESPONSE-TIME: a child seen (never a caregiver) who is named in an allegation of the report
         ct.seen, ct.contacted,
         compliance_le_due(r.received_at), compliance_response_due(r.received_at, CASE WHEN d.decision = 'SCREEN_IN' THEN d.response_time END),
         -- the queue's order (sort=urgency): present danger first, the earliest created last
         r.present_danger_threat IS TRUE, r.created_at
  FROM access_reports r
  LEFT JOIN LATERAL (
    SELECT bool_or(x.maltreatment_type = 'SEXUAL_ABUSE' OR x.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[]) AS le_required,
           count(*)::int AS allegations, count(f.allegation_id)::int AS findings, max(f.recorded_at) AS last_finding
    FROM allegations x LEFT JOIN findings f ON f.allegation_id = x.id
    WHERE x.report_id = r.id
  ) a ON true
  LEFT JOIN LATERAL (SELECT min(n.notified_at) AS at FROM law_enforcement_notifications n WHERE n.report_id = r.id) le ON true
  LEFT JOIN LATERAL (SELECT min(n.notified_at) AS at FROM tribal_notifications n WHERE n.report_id = r.id) tn ON true
  LEFT JOIN LATERAL (
    SELECT min(k.at) FILTER (WHERE k.outcome = 'COMPLETED') AS seen, min(k.at) AS contacted
    FROM report_contacts k
    WHERE k.report_id = r.id AND k.kind = 'CHILD_SEEN'
      AND EXISTS (SELECT 1 FROM allegations v WHERE v.report_id = r.id AND v.child_id = k.person_id)
  ) ct ON true
  LEFT JOIN screening_decisions d ON d.report_id = r.id
  WHERE r.id IN (SELECT unnest(report_ids))
  ON CONFLICT (report_id) DO UPDATE SET
    county_code = EXCLUDED.county_code, status = EXCLUDED.status, received_at = EXCLUDED.received_at,
    local_received = EXCLUDED.local_received, received_on = EXCLUDED.received_on,
    le_required = EXCLUDED.le_required, le_first_at = EXCLUDED.le_first_at,
    tribe_required = EXCLUDED.tribe_required, tribe_first_at = EXCLUDED.tribe_first_at,
    decided_at = EXCLUDED.decided_at, decision_hours = EXCLUDED.decision_hours, response_time = EXCLUDED.response_time,
    allegations = EXCLUDED.allegations, findings = EXCLUDED.findings, last_finding_on = EXCLUDED.last_finding_on,
    child_seen_at = EXCLUDED.child_seen_at, child_contact_at = EXCLUDED.child_contact_at,
    le_due_at = EXCLUDED.le_due_at, response_due_at = EXCLUDED.response_due_at,
    present_danger = EXCLUDED.present_danger, report_created_at = EXCLUDED.report_created_at
  WHERE (c.county_code, c.status, c.received_at, c.le_required, c.le_first_at, c.tribe_required, c.tribe_first_at,
         c.decided_at, c.response_time, c.allegations, c.findings, c.last_finding_on, c.child_seen_at, c.child_contact_at,
         c.le_due_at, c.response_due_at, c.present_danger, c.report_created_at)
        IS DISTINCT FROM
        (EXCLUDED.county_code, EXCLUDED.status, EXCLUDED.received_at, EXCLUDED.le_required, EXCLUDED.le_first_at,
         EXCLUDED.tribe_required, EXCLUDED.tribe_first_at, EXCLUDED.decided_at, EXCLUDED.response_time,
         EXCLUDED.allegations, EXCLUDED.findings, EXCLUDED.last_finding_on, EXCLUDED.child_seen_at, EXCLUDED.child_contact_at,
         EXCLUDED.le_due_at, EXCLUDED.response_due_at, EXCLUDED.present_danger, EXCLUDED.report_created_at);
END
$$;
