-- AlterTable
ALTER TABLE "report_compliance" ADD COLUMN     "le_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "response_due_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "compliance_days" (
    "county_code" CHAR(5) NOT NULL,
    "received_on" DATE NOT NULL,
    "reports" INTEGER NOT NULL DEFAULT 0,
    "decided" INTEGER NOT NULL DEFAULT 0,
    "le_required" INTEGER NOT NULL DEFAULT 0,
    "le_on_time" INTEGER NOT NULL DEFAULT 0,
    "le_late" INTEGER NOT NULL DEFAULT 0,
    "le_open" INTEGER NOT NULL DEFAULT 0,
    "tribe_required" INTEGER NOT NULL DEFAULT 0,
    "tribe_on_time" INTEGER NOT NULL DEFAULT 0,
    "tribe_late" INTEGER NOT NULL DEFAULT 0,
    "tribe_open" INTEGER NOT NULL DEFAULT 0,
    "ia_required" INTEGER NOT NULL DEFAULT 0,
    "ia_on_time" INTEGER NOT NULL DEFAULT 0,
    "ia_late" INTEGER NOT NULL DEFAULT 0,
    "ia_open" INTEGER NOT NULL DEFAULT 0,
    "resp_unset" INTEGER NOT NULL DEFAULT 0,
    "resp_on_time" INTEGER NOT NULL DEFAULT 0,
    "resp_late" INTEGER NOT NULL DEFAULT 0,
    "resp_open" INTEGER NOT NULL DEFAULT 0,
    "resp_att_on_time" INTEGER NOT NULL DEFAULT 0,
    "resp_att_late" INTEGER NOT NULL DEFAULT 0,
    "resp_att_open" INTEGER NOT NULL DEFAULT 0,
    "open_due_max" TIMESTAMPTZ(3),

    CONSTRAINT "compliance_days_pkey" PRIMARY KEY ("county_code","received_on")
);

-- CreateTable
CREATE TABLE "compliance_horizon" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "closed_through" DATE NOT NULL,

    CONSTRAINT "compliance_horizon_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_compliance_received_on_county_code_decision_hours_idx" ON "report_compliance"("received_on", "county_code", "decision_hours");

-- The compliance report's per-day counts (issue 14: the report answers at once). The current
-- definitions of the functions below: apps/api/src/db/functions/compliance-*.sql and
-- report-compliance-rebuild.sql, copied here.

-- Whether a Chicago date is a business day for the clocks of docs/domain.md: not a Saturday or a
-- Sunday, and not a holiday of the holidays table (read now). The due-time functions walk with it.

CREATE OR REPLACE FUNCTION compliance_business_day(day date) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT extract(isodow FROM day) < 6 AND NOT EXISTS (SELECT 1 FROM holidays h WHERE h.date = day);
$$;

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

-- The report_compliance rows (what the compliance report reads) of some reports, rebuilt from the
-- base tables. Rebuilds of one report take turns: the first statement locks the reports' rows, so
-- a rebuild that waited reads, with the fresh snapshot of its next statement, what the other
-- committed (a finding and a notification recorded at once both end up in the row). A report that
-- no longer exists has no row (the foreign key removes it). Statuses are not stored: they depend on
-- the moment of reading. The due times of LE-12H and RESPONSE-TIME are, by the holidays read now
-- (compliance_dues_follow_holidays recomputes them when the holidays change).

CREATE OR REPLACE FUNCTION report_compliance_rebuild(report_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM report_compliance WHERE report_id IN (SELECT unnest(report_ids)) ORDER BY report_id FOR UPDATE;
  INSERT INTO report_compliance AS c (report_id, county_code, status, received_at, local_received, received_on,
                                      le_required, le_first_at, tribe_required, tribe_first_at,
                                      decided_at, decision_hours, response_time, allegations, findings, last_finding_on,
                                      child_seen_at, child_contact_at, le_due_at, response_due_at)
  SELECT r.id, r.county_code, r.status, r.received_at, r.received_at AT TIME ZONE 'America/Chicago',
         (r.received_at AT TIME ZONE 'America/Chicago')::date,
         -- LE-12H: a SEXUAL_ABUSE allegation or any sex trafficking allegation (lawEnforcementRequired)
         coalesce(a.le_required, false), le.at,
         -- TRIBE-24H: a child recorded as an Indian child (tribalNotificationRequired)
         EXISTS (SELECT 1 FROM report_persons rp WHERE rp.report_id = r.id AND 'CHILD' = ANY (rp.roles) AND rp.indian_child = 'YES'),
         tn.at,
         d.decided_at, (extract(epoch FROM d.decided_at - r.received_at) / 3600)::float8,
         CASE WHEN d.decision = 'SCREEN_IN' THEN d.response_time END,
         coalesce(a.allegations, 0), coalesce(a.findings, 0), (a.last_finding AT TIME ZONE 'America/Chicago')::date,
         -- RESPONSE-TIME: a child seen (never a caregiver) who is named in an allegation of the report
         ct.seen, ct.contacted,
         compliance_le_due(r.received_at), compliance_response_due(r.received_at, CASE WHEN d.decision = 'SCREEN_IN' THEN d.response_time END)
  FROM access_reports r
  LEFT JOIN LATERAL (
    SELECT bool_or(x.maltreatment_type = 'SEXUAL_ABUSE' OR x.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[]) AS le_required,
           count(*)::int AS allegations, count(f.allegation_id)::int AS findings, max(f.recorded_at) AS last_finding
    FROM allegations x LEFT JOIN findings f ON f.allegation_id = x.id
    WHERE x.report_id = r.id
  ) a ON true
  LEFT JOIN LATERAL (SELECT min(n.notified_at) AS at FROM law_enforcement_notifications n WHERE n.report_id = r.id) le ON true
  LEFT JOIN LATERAL (SELECT min(n.notified_at) AS at FROM tribal_notifications n WHERE n.report_id = r.id) tn ON true
  LEFT JOIN LATERAL (
    SELECT min(k.at) FILTER (WHERE k.outcome = 'COMPLETED') AS seen, min(k.at) AS contacted
    FROM report_contacts k
    WHERE k.report_id = r.id AND k.kind = 'CHILD_SEEN'
      AND EXISTS (SELECT 1 FROM allegations v WHERE v.report_id = r.id AND v.child_id = k.person_id)
  ) ct ON true
  LEFT JOIN screening_decisions d ON d.report_id = r.id
  WHERE r.id IN (SELECT unnest(report_ids))
  ON CONFLICT (report_id) DO UPDATE SET
    county_code = EXCLUDED.county_code, status = EXCLUDED.status, received_at = EXCLUDED.received_at,
    local_received = EXCLUDED.local_received, received_on = EXCLUDED.received_on,
    le_required = EXCLUDED.le_required, le_first_at = EXCLUDED.le_first_at,
    tribe_required = EXCLUDED.tribe_required, tribe_first_at = EXCLUDED.tribe_first_at,
    decided_at = EXCLUDED.decided_at, decision_hours = EXCLUDED.decision_hours, response_time = EXCLUDED.response_time,
    allegations = EXCLUDED.allegations, findings = EXCLUDED.findings, last_finding_on = EXCLUDED.last_finding_on,
    child_seen_at = EXCLUDED.child_seen_at, child_contact_at = EXCLUDED.child_contact_at,
    le_due_at = EXCLUDED.le_due_at, response_due_at = EXCLUDED.response_due_at
  WHERE (c.county_code, c.status, c.received_at, c.le_required, c.le_first_at, c.tribe_required, c.tribe_first_at,
         c.decided_at, c.response_time, c.allegations, c.findings, c.last_finding_on, c.child_seen_at, c.child_contact_at,
         c.le_due_at, c.response_due_at)
        IS DISTINCT FROM
        (EXCLUDED.county_code, EXCLUDED.status, EXCLUDED.received_at, EXCLUDED.le_required, EXCLUDED.le_first_at,
         EXCLUDED.tribe_required, EXCLUDED.tribe_first_at, EXCLUDED.decided_at, EXCLUDED.response_time,
         EXCLUDED.allegations, EXCLUDED.findings, EXCLUDED.last_finding_on, EXCLUDED.child_seen_at, EXCLUDED.child_contact_at,
         EXCLUDED.le_due_at, EXCLUDED.response_due_at);
END
$$;

-- The due times of the reports already kept, by the holidays as they are now.
UPDATE report_compliance SET le_due_at = compliance_le_due(received_at),
                             response_due_at = compliance_response_due(received_at, response_time);

-- Nothing counted yet: the API moves the horizon at start (compliance_days_close).
INSERT INTO compliance_horizon (id, closed_through) VALUES (true, '-infinity');

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


-- The rebuilds take their reports as a set (IN (SELECT unnest(...))), not = ANY of an array: a bulk
-- statement's hundreds of thousands of ids were compared one by one with every row.

-- The rows of report_statistics (the narrow table the DCF report reads) of some reports, rebuilt from
-- the base tables: deleted, then inserted for each allegation of a SCREENED_IN report. The child's
-- demographics are the report's own record of them (report_persons), reports.md "Demographics".

CREATE OR REPLACE FUNCTION report_statistics_rebuild(report_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM report_statistics WHERE report_id IN (SELECT unnest(report_ids));
  INSERT INTO report_statistics (allegation_id, report_id, child_id, county_code, received_at, maltreatment_type, sex_trafficking,
                                 substantiated, gender, hispanic_ethnicity, primary_race, age_years)
  SELECT a.id, a.report_id, a.child_id, r.county_code, r.received_at, a.maltreatment_type,
         a.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[], coalesce(f.finding = 'SUBSTANTIATED', false),
         rp.gender, rp.hispanic_ethnicity, rp.primary_race,
         -- domain ageOn: floor((YYYYMMDD on - YYYYMMDD born) / 10000), on = the Chicago date received
         -- (a February 29 birthday counts on March 1 in other years; before the birth it is negative)
         CASE WHEN rp.date_of_birth IS NULL THEN rp.approximate_age
              ELSE floor((to_char(r.received_at AT TIME ZONE 'America/Chicago', 'YYYYMMDD')::int - to_char(rp.date_of_birth, 'YYYYMMDD')::int) / 10000.0)::int END
  FROM access_reports r
  JOIN allegations a ON a.report_id = r.id
  LEFT JOIN report_persons rp ON rp.report_id = a.report_id AND rp.person_id = a.child_id
  LEFT JOIN findings f ON f.allegation_id = a.id
  WHERE r.id IN (SELECT unnest(report_ids)) AND r.status = 'SCREENED_IN' AND r.received_at IS NOT NULL;
$$;
