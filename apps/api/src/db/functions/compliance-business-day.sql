-- Whether a Chicago date is a business day for the clocks of docs/domain.md: not a Saturday or a
-- Sunday, and not a holiday of the holidays table (read now). The due-time functions walk with it.

CREATE OR REPLACE FUNCTION compliance_business_day(day date) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT extract(isodow FROM day) < 6 AND NOT EXISTS (SELECT 1 FROM holidays h WHERE h.date = day);
$$;
