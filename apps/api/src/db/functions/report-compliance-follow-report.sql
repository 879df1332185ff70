-- A report whose status, time received, county or present danger changed (a submit, a decision, a
-- discard, a transfer; an autosave that marks or clears present danger, which orders the queue). Per row, and the trigger's WHEN keeps every other change to a report (each autosave)
-- from calling it. Named to fire before report_statistics' triggers, so the report's row lock is
-- taken before their one lock in every statement.

CREATE OR REPLACE FUNCTION report_compliance_follow_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_compliance_rebuild(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER report_compliance_report_changed AFTER UPDATE ON "access_reports" FOR EACH ROW
  WHEN ((OLD.status, OLD.received_at, OLD.county_code, OLD.present_danger_threat)
        IS DISTINCT FROM (NEW.status, NEW.received_at, NEW.county_code, NEW.present_danger_threat))
  EXECUTE FUNCTION report_compliance_follow_report();
