-- RESPONSE-TIME's due instant (responseDueAt) for a report received at `received_at` with the
-- response time `response_time`: SAME_DAY the end of the Chicago day received; WITHIN_48_HOURS 48
-- elapsed hours later; WITHIN_5_BUSINESS_DAYS the end of the fifth business day after the day
-- received (which itself never counts). A Chicago midnight always exists (clocks change at 02:00).
-- Null without a response time, or when five business days do not come within 3,660 days.

CREATE OR REPLACE FUNCTION compliance_response_due(received_at timestamptz, response_time "ResponseTime")
RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
  received_on date := (received_at AT TIME ZONE 'America/Chicago')::date;
  day date := received_on;
  counted int := 0;
BEGIN
  IF received_at IS NULL OR response_time IS NULL THEN
    RETURN NULL;
  ELSIF response_time = 'SAME_DAY' THEN
    RETURN (received_on + 1)::timestamp AT TIME ZONE 'America/Chicago';
  ELSIF response_time = 'WITHIN_48_HOURS' THEN
    RETURN received_at + interval '48 hours';
  END IF;
  WHILE counted < 5 LOOP
    day := day + 1;
    IF day > received_on + 3660 THEN
      RETURN NULL;
    END IF;
    IF compliance_business_day(day) THEN
      counted := counted + 1;
    END IF;
  END LOOP;
  RETURN (day + 1)::timestamp AT TIME ZONE 'America/Chicago';
END
$$;
