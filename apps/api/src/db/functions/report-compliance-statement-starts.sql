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
