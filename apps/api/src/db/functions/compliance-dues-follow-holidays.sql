-- Holidays added, moved or removed: the stored LE-12H and RESPONSE-TIME due times that a changed
-- date could move are computed again. A holiday on day h can only move the due time of a report
-- received on or before h whose due time (by the calendar before the change) is on or after h; the
-- UPDATE writes only rows whose due time did move, and compliance_days_follow counts their days
-- again. The scan reads report_compliance once per statement, which holiday changes can afford.

CREATE OR REPLACE FUNCTION compliance_dues_follow_holidays() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  latest date;
  earliest timestamptz;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT max(date), min(date)::timestamp AT TIME ZONE 'America/Chicago' INTO latest, earliest FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT max(x.date), min(x.date)::timestamp AT TIME ZONE 'America/Chicago' INTO latest, earliest
    FROM (SELECT date FROM new_rows UNION ALL SELECT date FROM old_rows) x;
  ELSE
    SELECT max(date), min(date)::timestamp AT TIME ZONE 'America/Chicago' INTO latest, earliest FROM old_rows;
  END IF;
  IF latest IS NULL THEN
    RETURN NULL;
  END IF;
  UPDATE report_compliance c SET le_due_at = d.le_due_at, response_due_at = d.response_due_at
  FROM (
    SELECT x.report_id, compliance_le_due(x.received_at) AS le_due_at,
           compliance_response_due(x.received_at, x.response_time) AS response_due_at
    FROM report_compliance x
    WHERE x.received_on <= latest
      AND (x.le_due_at IS NULL OR x.le_due_at >= earliest OR x.response_due_at >= earliest
           OR (x.response_time IS NOT NULL AND x.response_due_at IS NULL))
  ) d
  WHERE c.report_id = d.report_id
    AND (c.le_due_at, c.response_due_at) IS DISTINCT FROM (d.le_due_at, d.response_due_at);
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER compliance_dues_holiday_inserted AFTER INSERT ON "holidays"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dues_follow_holidays();
CREATE OR REPLACE TRIGGER compliance_dues_holiday_updated AFTER UPDATE ON "holidays"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dues_follow_holidays();
CREATE OR REPLACE TRIGGER compliance_dues_holiday_deleted AFTER DELETE ON "holidays"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dues_follow_holidays();
