-- A report whose status, time received, county or present danger changed (a submit, a decision, a
-- discard, a transfer; an autosave that marks or clears present danger, which orders the queue).
-- Per row, and the trigger's WHEN keeps every other change to a report (each autosave) from calling
-- it. When only the status or present danger moved, the row's two copies of them are updated in
-- place: no other column of report_compliance reads them (the decision's columns come from
-- screening_decisions, whose own trigger rebuilds), and a full rebuild read every part of the report
-- again for it (about 1 ms a submit). A new time received or county moves the due times, the day
-- and the county: the row is rebuilt. Named to fire before report_statistics' triggers, so the
-- report's row lock is taken before their one lock in every statement.

CREATE OR REPLACE FUNCTION report_compliance_follow_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.received_at, OLD.county_code) IS NOT DISTINCT FROM (NEW.received_at, NEW.county_code) THEN
    UPDATE report_compliance SET status = NEW.status, present_danger = NEW.present_danger_threat IS TRUE
    WHERE report_id = NEW.id;
    IF FOUND THEN
      RETURN NULL;
    END IF;
  END IF;
  PERFORM report_compliance_rebuild(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER report_compliance_report_changed AFTER UPDATE ON "access_reports" FOR EACH ROW
  WHEN ((OLD.status, OLD.received_at, OLD.county_code, OLD.present_danger_threat)
        IS DISTINCT FROM (NEW.status, NEW.received_at, NEW.county_code, NEW.present_danger_threat))
  EXECUTE FUNCTION report_compliance_follow_report();
