-- TRIBE-24H's due time: 24 elapsed hours after receipt (TRIBAL_NOTIFICATION_HOURS in @cps/domain).
-- IMMUTABLE, so that report_compliance.next_due_at can be a generated column: adding hours to a
-- timestamptz does not depend on the time zone (only days and months do).

CREATE OR REPLACE FUNCTION compliance_tribe_due(received_at timestamptz) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN received_at + interval '24 hours';
