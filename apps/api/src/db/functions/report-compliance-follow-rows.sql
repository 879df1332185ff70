-- Rows that the compliance facts copy written, changed or removed: the reports they belong to (a new
-- report itself, by its id; a finding, through its allegation). Per statement, so a bulk load
-- rebuilds in one pass. A statement that writes several of these tables (a new report with its
-- people and allegations, in one statement) fires one of these triggers per table, all after the
-- whole statement's writes: the first rebuilds, and the others skip the reports it rebuilt, listed
-- in cps.compliance_rebuilt, which report_compliance_statement_starts empties before every
-- statement that writes these tables. Only these triggers read the list; no function writes
-- these tables from inside another statement, so a rebuild listed always came after every write
-- of the statement.

CREATE OR REPLACE FUNCTION report_compliance_follow_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
  rebuilt text := coalesce(current_setting('cps.compliance_rebuilt', true), '');
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
  IF rebuilt <> '' THEN
    touched := ARRAY(SELECT unnest(touched) EXCEPT SELECT unnest(string_to_array(rebuilt, ',')::uuid[]));
  END IF;
  IF cardinality(touched) > 0 THEN
    PERFORM report_compliance_rebuild(touched);
    PERFORM set_config('cps.compliance_rebuilt', concat_ws(',', nullif(rebuilt, ''), array_to_string(touched, ',')), true);
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
