-- LE-12H's due instant for a report received at `received_at` (lawEnforcementDueAt): 12 hours
-- counted only on business days. Received on a business day with 12 hours left before its
-- midnight: 12 hours later. On a business day with less left: what remains, from midnight of the
-- next business day. Otherwise: noon of the next business day. Chicago wall time is exact here:
-- clocks change only on Sundays, never a business day. Null when no business day follows within
-- 3,660 days (the domain's clock refuses such a calendar). Stored in report_compliance.le_due_at,
-- kept in step with the holidays by compliance_dues_follow_holidays.

CREATE OR REPLACE FUNCTION compliance_le_due(received_at timestamptz) RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
  local_received timestamp := received_at AT TIME ZONE 'America/Chicago';
  received_on date := (received_at AT TIME ZONE 'America/Chicago')::date;
  next_day date := received_on + 1;
BEGIN
  IF received_at IS NULL THEN
    RETURN NULL;
  END IF;
  WHILE NOT compliance_business_day(next_day) LOOP
    next_day := next_day + 1;
    IF next_day > received_on + 3660 THEN
      RETURN NULL;
    END IF;
  END LOOP;
  IF compliance_business_day(received_on) THEN
    IF local_received + interval '12 hours' <= (received_on + 1)::timestamp THEN
      RETURN (local_received + interval '12 hours') AT TIME ZONE 'America/Chicago';
    END IF;
    RETURN (next_day + (interval '12 hours' - ((received_on + 1)::timestamp - local_received))) AT TIME ZONE 'America/Chicago';
  END IF;
  RETURN (next_day + interval '12 hours') AT TIME ZONE 'America/Chicago';
END
$$;
