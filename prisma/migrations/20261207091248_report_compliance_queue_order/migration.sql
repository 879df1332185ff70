-- The queue's order (GET /api/access-reports?openClock=true&sort=urgency) kept in report_compliance,
-- so that a county's reports with a running clock are read in that order from one partial index.
-- present_danger and report_created_at are copied from access_reports by report_compliance_rebuild;
-- clock_running and next_due_at are generated from the row's own columns: a clock runs (PENDING or
-- OVERDUE, whatever the moment) while it applies and is not met or has no due time yet, and
-- next_due_at is the earliest due time of the running clocks (LE-12H, TRIBE-24H, RESPONSE-TIME).

-- TRIBE-24H's due time: 24 elapsed hours after receipt (TRIBAL_NOTIFICATION_HOURS in @cps/domain).
-- IMMUTABLE, so that report_compliance.next_due_at can be a generated column: adding hours to a
-- timestamptz does not depend on the time zone (only days and months do).

CREATE OR REPLACE FUNCTION compliance_tribe_due(received_at timestamptz) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN received_at + interval '24 hours';

ALTER TABLE "report_compliance" ADD COLUMN "present_danger" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "report_created_at" TIMESTAMPTZ(3);

-- The copied columns filled in; the days' counts do not read them, so their trigger sits this out.
ALTER TABLE "report_compliance" DISABLE TRIGGER compliance_days_report_updated;
UPDATE "report_compliance" c SET present_danger = r.present_danger_threat IS TRUE, report_created_at = r.created_at
FROM "access_reports" r WHERE r.id = c.report_id;
ALTER TABLE "report_compliance" ENABLE TRIGGER compliance_days_report_updated;
ALTER TABLE "report_compliance" ALTER COLUMN "report_created_at" SET NOT NULL;

ALTER TABLE "report_compliance" ADD COLUMN "clock_running" BOOLEAN NOT NULL GENERATED ALWAYS AS (
  (le_required AND (received_at IS NULL OR le_due_at IS NULL OR le_first_at IS NULL))
  OR (tribe_required AND (received_at IS NULL OR tribe_first_at IS NULL))
  OR (status = 'SCREENED_IN' AND (response_due_at IS NULL OR child_seen_at IS NULL))
) STORED,
ADD COLUMN "next_due_at" TIMESTAMPTZ(3) GENERATED ALWAYS AS (
  LEAST(CASE WHEN le_required AND le_first_at IS NULL AND received_at IS NOT NULL THEN le_due_at END,
        CASE WHEN tribe_required AND tribe_first_at IS NULL THEN compliance_tribe_due(received_at) END,
        CASE WHEN status = 'SCREENED_IN' AND child_seen_at IS NULL THEN response_due_at END)
) STORED;

CREATE INDEX "report_compliance_queue_idx" ON "report_compliance"("county_code", "present_danger" DESC, "next_due_at", "received_at", "report_created_at", "report_id") WHERE (clock_running AND status <> 'DISCARDED');

-- The report_compliance rows (what the compliance report reads) of some reports, rebuilt from the
-- base tables. Rebuilds of one report take turns: the first statement locks the reports' rows, so
-- a rebuild that waited reads, with the fresh snapshot of its next statement, what the other
-- committed (a finding and a notification recorded at once both end up in the row). A report that
-- no longer exists has no row (the foreign key removes it). Statuses are not stored: they depend on
-- the moment of reading. The due times of LE-12H and RESPONSE-TIME are, by the holidays read now
-- (compliance_dues_follow_holidays recomputes them when the holidays change). The report's present
-- danger and creation are copied for the queue's order; whether a clock runs and its earliest due
-- time are generated columns of the table.

CREATE OR REPLACE FUNCTION report_compliance_rebuild(report_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM report_compliance WHERE report_id IN (SELECT unnest(report_ids)) ORDER BY report_id FOR UPDATE;
  INSERT INTO report_compliance AS c (report_id, county_code, status, received_at, local_received, received_on,
                                      le_required, le_first_at, tribe_required, tribe_first_at,
                                      decided_at, decision_hours, response_time, allegations, findings, last_finding_on,
                                      child_seen_at, child_contact_at, le_due_at, response_due_at,
                                      present_danger, report_created_at)
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
         compliance_le_due(r.received_at), compliance_response_due(r.received_at, CASE WHEN d.decision = 'SCREEN_IN' THEN d.response_time END),
         -- the queue's order (sort=urgency): present danger first, the earliest created last
         r.present_danger_threat IS TRUE, r.created_at
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
    le_due_at = EXCLUDED.le_due_at, response_due_at = EXCLUDED.response_due_at,
    present_danger = EXCLUDED.present_danger, report_created_at = EXCLUDED.report_created_at
  WHERE (c.county_code, c.status, c.received_at, c.le_required, c.le_first_at, c.tribe_required, c.tribe_first_at,
         c.decided_at, c.response_time, c.allegations, c.findings, c.last_finding_on, c.child_seen_at, c.child_contact_at,
         c.le_due_at, c.response_due_at, c.present_danger, c.report_created_at)
        IS DISTINCT FROM
        (EXCLUDED.county_code, EXCLUDED.status, EXCLUDED.received_at, EXCLUDED.le_required, EXCLUDED.le_first_at,
         EXCLUDED.tribe_required, EXCLUDED.tribe_first_at, EXCLUDED.decided_at, EXCLUDED.response_time,
         EXCLUDED.allegations, EXCLUDED.findings, EXCLUDED.last_finding_on, EXCLUDED.child_seen_at, EXCLUDED.child_contact_at,
         EXCLUDED.le_due_at, EXCLUDED.response_due_at, EXCLUDED.present_danger, EXCLUDED.report_created_at);
END
$$;

-- A report whose status, time received, county or present danger changed (a submit, a decision, a
-- discard, a transfer; an autosave that marks or clears present danger, which orders the queue). Per row, and the trigger's WHEN keeps every other change to a report (each autosave)
-- from calling it. Named to fire before report_statistics' triggers, so the report's row lock is
-- taken before their one lock in every statement.

CREATE OR REPLACE FUNCTION report_compliance_follow_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_compliance_rebuild(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER report_compliance_report_changed AFTER UPDATE ON "access_reports" FOR EACH ROW
  WHEN ((OLD.status, OLD.received_at, OLD.county_code, OLD.present_danger_threat)
        IS DISTINCT FROM (NEW.status, NEW.received_at, NEW.county_code, NEW.present_danger_threat))
  EXECUTE FUNCTION report_compliance_follow_report();
