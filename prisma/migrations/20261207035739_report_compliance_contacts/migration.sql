-- AlterTable
ALTER TABLE "report_compliance" ADD COLUMN     "child_contact_at" TIMESTAMPTZ(3),
ADD COLUMN     "child_seen_at" TIMESTAMPTZ(3);

-- RESPONSE-TIME's facts: the rebuild reads report_contacts, which its triggers now follow (the
-- current definitions: apps/api/src/db/functions/report-compliance-*.sql, copied here).

-- The report_compliance rows (what the compliance report reads) of some reports, rebuilt from the
-- base tables. Rebuilds of one report take turns: the first statement locks the reports' rows, so
-- a rebuild that waited reads, with the fresh snapshot of its next statement, what the other
-- committed (a finding and a notification recorded at once both end up in the row). A report that
-- no longer exists has no row (the foreign key removes it). Statuses are not stored: they depend on
-- the moment of reading and on the holidays, both applied when the report is read.

CREATE OR REPLACE FUNCTION report_compliance_rebuild(report_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM report_compliance WHERE report_id = ANY (report_ids) ORDER BY report_id FOR UPDATE;
  INSERT INTO report_compliance AS c (report_id, county_code, status, received_at, local_received, received_on,
                                      le_required, le_first_at, tribe_required, tribe_first_at,
                                      decided_at, decision_hours, response_time, allegations, findings, last_finding_on,
                                      child_seen_at, child_contact_at)
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
         ct.seen, ct.contacted
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
  WHERE r.id = ANY (report_ids)
  ON CONFLICT (report_id) DO UPDATE SET
    county_code = EXCLUDED.county_code, status = EXCLUDED.status, received_at = EXCLUDED.received_at,
    local_received = EXCLUDED.local_received, received_on = EXCLUDED.received_on,
    le_required = EXCLUDED.le_required, le_first_at = EXCLUDED.le_first_at,
    tribe_required = EXCLUDED.tribe_required, tribe_first_at = EXCLUDED.tribe_first_at,
    decided_at = EXCLUDED.decided_at, decision_hours = EXCLUDED.decision_hours, response_time = EXCLUDED.response_time,
    allegations = EXCLUDED.allegations, findings = EXCLUDED.findings, last_finding_on = EXCLUDED.last_finding_on,
    child_seen_at = EXCLUDED.child_seen_at, child_contact_at = EXCLUDED.child_contact_at
  WHERE (c.county_code, c.status, c.received_at, c.le_required, c.le_first_at, c.tribe_required, c.tribe_first_at,
         c.decided_at, c.response_time, c.allegations, c.findings, c.last_finding_on, c.child_seen_at, c.child_contact_at)
        IS DISTINCT FROM
        (EXCLUDED.county_code, EXCLUDED.status, EXCLUDED.received_at, EXCLUDED.le_required, EXCLUDED.le_first_at,
         EXCLUDED.tribe_required, EXCLUDED.tribe_first_at, EXCLUDED.decided_at, EXCLUDED.response_time,
         EXCLUDED.allegations, EXCLUDED.findings, EXCLUDED.last_finding_on, EXCLUDED.child_seen_at, EXCLUDED.child_contact_at);
END
$$;

-- Rows that the compliance facts copy written, changed or removed: the reports they belong to (a new
-- report itself, by its id; a finding, through its allegation). Per statement, so a bulk load
-- rebuilds in one pass.

CREATE OR REPLACE FUNCTION report_compliance_follow_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_TABLE_NAME = 'access_reports' THEN
    touched := ARRAY(SELECT id FROM new_rows);
  ELSIF TG_TABLE_NAME = 'findings' THEN
    IF TG_OP = 'INSERT' THEN
      touched := ARRAY(SELECT DISTINCT a.report_id FROM new_rows x JOIN allegations a ON a.id = x.allegation_id);
    ELSIF TG_OP = 'UPDATE' THEN
      touched := ARRAY(SELECT DISTINCT a.report_id FROM (SELECT allegation_id FROM new_rows UNION SELECT allegation_id FROM old_rows) x
                       JOIN allegations a ON a.id = x.allegation_id);
    ELSE
      touched := ARRAY(SELECT DISTINCT a.report_id FROM old_rows x JOIN allegations a ON a.id = x.allegation_id);
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT DISTINCT report_id FROM new_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    touched := ARRAY(SELECT report_id FROM new_rows UNION SELECT report_id FROM old_rows);
  ELSE
    touched := ARRAY(SELECT DISTINCT report_id FROM old_rows);
  END IF;
  IF cardinality(touched) > 0 THEN
    PERFORM report_compliance_rebuild(touched);
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER report_compliance_report_inserted AFTER INSERT ON "access_reports"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_allegation_inserted AFTER INSERT ON "allegations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_allegation_updated AFTER UPDATE ON "allegations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_allegation_deleted AFTER DELETE ON "allegations"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_finding_inserted AFTER INSERT ON "findings"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_finding_updated AFTER UPDATE ON "findings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_finding_deleted AFTER DELETE ON "findings"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_report_person_inserted AFTER INSERT ON "report_persons"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_report_person_updated AFTER UPDATE ON "report_persons"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_report_person_deleted AFTER DELETE ON "report_persons"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_law_enforcement_notification_inserted AFTER INSERT ON "law_enforcement_notifications"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_law_enforcement_notification_updated AFTER UPDATE ON "law_enforcement_notifications"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_law_enforcement_notification_deleted AFTER DELETE ON "law_enforcement_notifications"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_tribal_notification_inserted AFTER INSERT ON "tribal_notifications"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_tribal_notification_updated AFTER UPDATE ON "tribal_notifications"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_tribal_notification_deleted AFTER DELETE ON "tribal_notifications"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_decision_inserted AFTER INSERT ON "screening_decisions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_decision_updated AFTER UPDATE ON "screening_decisions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_decision_deleted AFTER DELETE ON "screening_decisions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_contact_inserted AFTER INSERT ON "report_contacts"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_contact_updated AFTER UPDATE ON "report_contacts"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();
CREATE OR REPLACE TRIGGER report_compliance_contact_deleted AFTER DELETE ON "report_contacts"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_follow_rows();

-- Every report there is now.
SELECT report_compliance_rebuild(ARRAY(SELECT id FROM access_reports));
