-- Counts the compliance_days rows of some counties' days again (the pairs county_codes[i],
-- days[i]), for days on or before the horizon only (later days are read report by report). The
-- rows are locked first, in one order, so recounts of one day take turns and the second reads, with
-- its next statement's fresh snapshot, what the first committed; a day without a row gets one first
-- (an empty one, so that it too can be locked). A day left without reports keeps no row.

CREATE OR REPLACE FUNCTION compliance_days_recount(county_codes char(5)[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  closed date := (SELECT closed_through FROM compliance_horizon);
  pair record;
BEGIN
  FOR pair IN
    SELECT DISTINCT u.county_code, u.day FROM unnest(county_codes, days) AS u(county_code, day)
    WHERE u.day <= closed ORDER BY u.county_code, u.day
  LOOP
    INSERT INTO compliance_days (county_code, received_on) VALUES (pair.county_code, pair.day) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM compliance_days WHERE county_code = pair.county_code AND received_on = pair.day FOR UPDATE;
    DELETE FROM compliance_days WHERE county_code = pair.county_code AND received_on = pair.day;
    INSERT INTO compliance_days SELECT * FROM compliance_day_counts(pair.day, pair.day, pair.county_code);
  END LOOP;
END
$$;
