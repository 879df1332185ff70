-- A statement that writes several of the tables report_compliance follows (a new report with its
-- people and allegations) rebuilds each report's row once, not once per table: the function and
-- triggers of db/functions/report-compliance-statement-starts.sql and report-compliance-follow-rows.sql.

-- Before every statement that writes a table report_compliance_follow_rows follows: the list of
-- reports rebuilt by this statement's triggers (cps.compliance_rebuilt, for the transaction) starts
-- empty, so that a report written by this statement is rebuilt once after it, whatever was rebuilt
-- before. Per statement, one call whatever the number of rows.

CREATE OR REPLACE FUNCTION report_compliance_statement_starts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('cps.compliance_rebuilt', true), '') <> '' THEN
    PERFORM set_config('cps.compliance_rebuilt', '', true);
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER report_compliance_report_statement_starts BEFORE INSERT ON "access_reports"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_allegation_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "allegations"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_finding_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "findings"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_report_person_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "report_persons"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_law_enforcement_notification_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "law_enforcement_notifications"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_tribal_notification_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "tribal_notifications"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_decision_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "screening_decisions"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();
CREATE OR REPLACE TRIGGER report_compliance_contact_statement_starts BEFORE INSERT OR UPDATE OR DELETE ON "report_contacts"
  FOR EACH STATEMENT EXECUTE FUNCTION report_compliance_statement_starts();

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
