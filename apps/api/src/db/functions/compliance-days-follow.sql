-- report_compliance rows written, changed or removed: the days on or before the horizon they
-- belong to, before and after the change, are counted again (compliance_days_recount). Per
-- statement, so a bulk change counts each day once. A report received in the last week (most
-- writes: intake, screening) is after the horizon and costs one comparison. Emptying
-- report_compliance empties compliance_days.

CREATE OR REPLACE FUNCTION compliance_days_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  closed date := (SELECT closed_through FROM compliance_horizon);
  codes char(5)[];
  days date[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM compliance_days;
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(county_code), array_agg(received_on) INTO codes, days FROM new_rows WHERE received_on <= closed;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(x.county_code), array_agg(x.received_on) INTO codes, days
    FROM (SELECT county_code, received_on FROM new_rows UNION SELECT county_code, received_on FROM old_rows) x
    WHERE x.received_on <= closed;
  ELSE
    SELECT array_agg(county_code), array_agg(received_on) INTO codes, days FROM old_rows WHERE received_on <= closed;
  END IF;
  IF codes IS NOT NULL THEN
    PERFORM compliance_days_recount(codes, days);
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER compliance_days_report_inserted AFTER INSERT ON "report_compliance"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_days_follow();
CREATE OR REPLACE TRIGGER compliance_days_report_updated AFTER UPDATE ON "report_compliance"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_days_follow();
CREATE OR REPLACE TRIGGER compliance_days_report_deleted AFTER DELETE ON "report_compliance"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_days_follow();
CREATE OR REPLACE TRIGGER compliance_days_report_truncated AFTER TRUNCATE ON "report_compliance"
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_days_follow();
