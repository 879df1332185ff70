-- The compliance_days rows (one per county and Chicago day received) of the days from `from_day`
-- to `to_day`, counted from report_compliance: what a report contributes to each clock that no
-- longer depends on the moment of reading. A clock done is ON_TIME or LATE by its stored due time; a
-- clock not done is counted `open`, and `open_due_max` is the latest due time among them (null:
-- none; -infinity for a due time that does not exist, which reads as OVERDUE, as clockStatus in
-- SQL does): once the moment of reading is past it, every open clock of the day is OVERDUE. IA-60D's
-- open ones depend on the date of reading only, so the day (received_on + 60) tells them apart.
-- Discarded drafts are never counted (domain.md, "Discarded draft").

CREATE OR REPLACE FUNCTION compliance_day_counts(from_day date, to_day date, only_county char(5) DEFAULT NULL)
RETURNS SETOF compliance_days LANGUAGE sql STABLE AS $$
  SELECT c.county_code, c.received_on,
    count(*)::int, count(c.decided_at)::int,
    count(*) FILTER (WHERE c.le_required)::int,
    count(*) FILTER (WHERE c.le_required AND c.le_first_at <= c.le_due_at)::int,
    count(*) FILTER (WHERE c.le_required AND c.le_first_at IS NOT NULL AND NOT coalesce(c.le_first_at <= c.le_due_at, false))::int,
    count(*) FILTER (WHERE c.le_required AND c.le_first_at IS NULL)::int,
    count(*) FILTER (WHERE c.tribe_required)::int,
    count(*) FILTER (WHERE c.tribe_required AND c.tribe_first_at <= c.received_at + interval '24 hours')::int,
    count(*) FILTER (WHERE c.tribe_required AND c.tribe_first_at > c.received_at + interval '24 hours')::int,
    count(*) FILTER (WHERE c.tribe_required AND c.tribe_first_at IS NULL)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN')::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.findings = c.allegations
                       AND (c.last_finding_on IS NULL OR c.last_finding_on <= c.received_on + 60))::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.findings = c.allegations AND c.last_finding_on > c.received_on + 60)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.findings <> c.allegations)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NULL)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_seen_at <= c.response_due_at)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_seen_at IS NOT NULL
                       AND NOT coalesce(c.child_seen_at <= c.response_due_at, false))::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_seen_at IS NULL)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_contact_at <= c.response_due_at)::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_contact_at IS NOT NULL
                       AND NOT coalesce(c.child_contact_at <= c.response_due_at, false))::int,
    count(*) FILTER (WHERE c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_contact_at IS NULL)::int,
    max(greatest(
      CASE WHEN c.le_required AND c.le_first_at IS NULL THEN coalesce(c.le_due_at, '-infinity') END,
      CASE WHEN c.tribe_required AND c.tribe_first_at IS NULL THEN c.received_at + interval '24 hours' END,
      CASE WHEN c.status = 'SCREENED_IN' AND c.response_time IS NOT NULL AND c.child_seen_at IS NULL
           THEN coalesce(c.response_due_at, '-infinity') END))
  FROM report_compliance c
  WHERE c.received_on BETWEEN from_day AND to_day AND c.status <> 'DISCARDED'
    AND (only_county IS NULL OR c.county_code = only_county)
  GROUP BY c.county_code, c.received_on;
$$;
