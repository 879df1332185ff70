-- CreateTable
CREATE TABLE "report_statistics" (
    "allegation_id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "child_id" UUID,
    "county_code" CHAR(5) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "maltreatment_type" "MaltreatmentType",
    "sex_trafficking" BOOLEAN NOT NULL,
    "substantiated" BOOLEAN NOT NULL,
    "gender" "Gender",
    "hispanic_ethnicity" "HispanicEthnicity",
    "primary_race" "PrimaryRace",
    "age_years" INTEGER,

    CONSTRAINT "report_statistics_pkey" PRIMARY KEY ("allegation_id")
);

-- CreateIndex
CREATE INDEX "report_statistics_period_idx" ON "report_statistics"("received_at", "county_code", "maltreatment_type", "substantiated");

-- CreateIndex
CREATE INDEX "report_statistics_trafficking_idx" ON "report_statistics"("received_at", "county_code", "child_id", "report_id", "allegation_id", "substantiated", "gender", "hispanic_ethnicity", "primary_race", "age_years") WHERE (sex_trafficking);

-- CreateIndex
CREATE INDEX "report_statistics_report_id_idx" ON "report_statistics"("report_id");

-- CreateIndex
CREATE INDEX "report_statistics_child_id_idx" ON "report_statistics"("child_id");

-- AddForeignKey
ALTER TABLE "report_statistics" ADD CONSTRAINT "report_statistics_allegation_id_fkey" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rows follow their sources in the same transaction: each trigger below finds the reports that
-- a statement touched and rebuilds their rows from the base tables (delete, then insert those of
-- a SCREENED_IN report). The triggers are per statement, so a bulk load rebuilds in one pass.
-- Rebuilds take turns: every trigger that has something to rebuild first takes one transaction
-- advisory lock (statistics change a few times an hour: a decision, a finding, a child corrected),
-- then reads with fresh snapshots. So a rebuild that waited sees what the other committed: two
-- rebuilds of one report cannot both insert its rows, and a child corrected while another of their
-- reports is screened in ends up in both. One lock, not one per report: a bulk load takes one.
CREATE FUNCTION report_statistics_take_turn() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(7201607, 1);
$$;

CREATE FUNCTION report_statistics_rebuild(report_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM report_statistics WHERE report_id = ANY (report_ids);
  INSERT INTO report_statistics (allegation_id, report_id, child_id, county_code, received_at, maltreatment_type, sex_trafficking,
                                 substantiated, gender, hispanic_ethnicity, primary_race, age_years)
  SELECT a.id, a.report_id, a.child_id, r.county_code, r.received_at, a.maltreatment_type,
         a.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[], coalesce(f.finding = 'SUBSTANTIATED', false),
         p.gender, p.hispanic_ethnicity, p.primary_race,
         -- domain ageOn: floor((YYYYMMDD on - YYYYMMDD born) / 10000), on = the Chicago date received
         -- (a February 29 birthday counts on March 1 in other years; before the birth it is negative)
         CASE WHEN p.date_of_birth IS NULL THEN rp.approximate_age
              ELSE floor((to_char(r.received_at AT TIME ZONE 'America/Chicago', 'YYYYMMDD')::int - to_char(p.date_of_birth, 'YYYYMMDD')::int) / 10000.0)::int END
  FROM access_reports r
  JOIN allegations a ON a.report_id = r.id
  LEFT JOIN persons p ON p.id = a.child_id
  LEFT JOIN report_persons rp ON rp.report_id = a.report_id AND rp.person_id = a.child_id
  LEFT JOIN findings f ON f.allegation_id = a.id
  WHERE r.id = ANY (report_ids) AND r.status = 'SCREENED_IN' AND r.received_at IS NOT NULL;
$$;

-- A report that is or was screened in, whose status, time received or county changed. Per row, and
-- the WHEN keeps every other change to a report (each autosave, submit) from calling anything.
CREATE FUNCTION report_statistics_follow_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_statistics_take_turn();
  PERFORM report_statistics_rebuild(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;

CREATE TRIGGER report_statistics_report_changed AFTER UPDATE ON "access_reports" FOR EACH ROW
  WHEN ('SCREENED_IN' IN (OLD.status, NEW.status)
        AND (OLD.status, OLD.received_at, OLD.county_code) IS DISTINCT FROM (NEW.status, NEW.received_at, NEW.county_code))
  EXECUTE FUNCTION report_statistics_follow_report();

-- A child whose counted details changed: every report that counts them. The turn is taken before
-- they are looked up when the child is in a report that is or may be about to be screened in, so
-- that one screened in meanwhile is found; a child only in drafts (the usual autosave) takes none.
CREATE FUNCTION report_statistics_follow_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM allegations a JOIN access_reports r ON r.id = a.report_id
                 WHERE a.child_id = NEW.id AND r.status IN ('AWAITING_SUPERVISOR', 'SCREENED_IN')) THEN
    RETURN NULL;
  END IF;
  PERFORM report_statistics_take_turn();
  ids := ARRAY(SELECT DISTINCT report_id FROM report_statistics WHERE child_id = NEW.id);
  IF cardinality(ids) > 0 THEN
    PERFORM report_statistics_rebuild(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_statistics_person_changed AFTER UPDATE ON "persons" FOR EACH ROW
  WHEN ((OLD.gender, OLD.hispanic_ethnicity, OLD.primary_race, OLD.date_of_birth)
        IS DISTINCT FROM (NEW.gender, NEW.hispanic_ethnicity, NEW.primary_race, NEW.date_of_birth))
  EXECUTE FUNCTION report_statistics_follow_person();

-- Allegations, report persons and findings written, changed or removed: the screened-in reports
-- they belong to (a draft's allegations are no statistic yet). Per statement, so that a bulk load
-- rebuilds in one pass; one query finds the reports.
CREATE FUNCTION report_statistics_follow_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'findings' THEN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT r.id) INTO ids FROM new_rows x JOIN allegations a ON a.id = x.allegation_id
        JOIN access_reports r ON r.id = a.report_id AND r.status = 'SCREENED_IN';
    ELSIF TG_OP = 'UPDATE' THEN
      SELECT array_agg(DISTINCT r.id) INTO ids FROM (SELECT allegation_id FROM new_rows UNION SELECT allegation_id FROM old_rows) x
        JOIN allegations a ON a.id = x.allegation_id JOIN access_reports r ON r.id = a.report_id AND r.status = 'SCREENED_IN';
    ELSE
      SELECT array_agg(DISTINCT r.id) INTO ids FROM old_rows x JOIN allegations a ON a.id = x.allegation_id
        JOIN access_reports r ON r.id = a.report_id AND r.status = 'SCREENED_IN';
    END IF;
  ELSE
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT r.id) INTO ids FROM new_rows x JOIN access_reports r ON r.id = x.report_id AND r.status = 'SCREENED_IN';
    ELSIF TG_OP = 'UPDATE' THEN
      SELECT array_agg(DISTINCT r.id) INTO ids FROM (SELECT report_id FROM new_rows UNION SELECT report_id FROM old_rows) x
        JOIN access_reports r ON r.id = x.report_id AND r.status = 'SCREENED_IN';
    ELSE
      SELECT array_agg(DISTINCT r.id) INTO ids FROM old_rows x JOIN access_reports r ON r.id = x.report_id AND r.status = 'SCREENED_IN';
    END IF;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM report_statistics_take_turn();
    PERFORM report_statistics_rebuild(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_statistics_allegation_inserted AFTER INSERT ON "allegations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_allegation_updated AFTER UPDATE ON "allegations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_report_person_inserted AFTER INSERT ON "report_persons"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_report_person_updated AFTER UPDATE ON "report_persons"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_report_person_deleted AFTER DELETE ON "report_persons"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_finding_inserted AFTER INSERT ON "findings"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_finding_updated AFTER UPDATE ON "findings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE TRIGGER report_statistics_finding_deleted AFTER DELETE ON "findings"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();

-- The reports screened in before this migration.
SELECT report_statistics_rebuild(ARRAY(SELECT id FROM access_reports WHERE status = 'SCREENED_IN'));
