-- Moves the horizon of compliance_days forward to `through` (a Chicago date), counting the days it
-- passes. The compliance report reads days on or before the horizon from compliance_days and later
-- ones report by report, so where the horizon stands changes only how fast it answers; the API
-- moves it to a week before today at start and every hour (statistics/compliance-horizon.ts).
-- The SHARE lock waits for every transaction that changed report_compliance to end and holds new
-- ones back meanwhile: a change to a day being closed is either counted here or, made after,
-- counted again by compliance_days_follow (which then sees the new horizon). Never moves back.

CREATE OR REPLACE FUNCTION compliance_days_close(through date) RETURNS date LANGUAGE plpgsql AS $$
DECLARE
  closed date;
BEGIN
  IF through <= (SELECT closed_through FROM compliance_horizon) THEN
    RETURN (SELECT closed_through FROM compliance_horizon);
  END IF;
  LOCK TABLE report_compliance IN SHARE MODE;
  SELECT closed_through INTO closed FROM compliance_horizon FOR UPDATE;
  IF through <= closed THEN
    RETURN closed;
  END IF;
  INSERT INTO compliance_days SELECT * FROM compliance_day_counts(closed + 1, through);
  UPDATE compliance_horizon SET closed_through = through;
  RETURN through;
END
$$;
