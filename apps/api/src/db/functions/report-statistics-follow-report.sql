-- A report that is or was screened in, whose status, time received or county changed. Per row, and
-- the trigger's WHEN keeps every other change to a report (each autosave, submit) from calling it.

CREATE OR REPLACE FUNCTION report_statistics_follow_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_statistics_take_turn();
  PERFORM report_statistics_rebuild(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER report_statistics_report_changed AFTER UPDATE ON "access_reports" FOR EACH ROW
  WHEN ('SCREENED_IN' IN (OLD.status, NEW.status)
        AND (OLD.status, OLD.received_at, OLD.county_code) IS DISTINCT FROM (NEW.status, NEW.received_at, NEW.county_code))
  EXECUTE FUNCTION report_statistics_follow_report();
