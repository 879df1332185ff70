-- A submitted report is a record: the details of each person as a report recorded them belong to
-- that report (report_persons), not to the statewide registry (persons), which keeps only the
-- latest identifying basics for search. Hand-written order around the generated statements: the
-- details are copied before the registry's columns go, and the statistics read the report's own.

-- AlterTable (generated)
ALTER TABLE "report_persons" ADD COLUMN     "date_of_birth" DATE,
ADD COLUMN     "first_name" TEXT,
ADD COLUMN     "gender" "Gender",
ADD COLUMN     "hispanic_ethnicity" "HispanicEthnicity",
ADD COLUMN     "indian_child" "IndianChild",
ADD COLUMN     "last_name" TEXT,
ADD COLUMN     "primary_race" "PrimaryRace",
ADD COLUMN     "tribe" TEXT;

-- Hand-written: the statistics read each report's own record of the child (reports.md,
-- "Demographics"), so a change to the registry moves no table; the per-person trigger goes.
CREATE OR REPLACE FUNCTION report_statistics_rebuild(report_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM report_statistics WHERE report_id = ANY (report_ids);
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
  WHERE r.id = ANY (report_ids) AND r.status = 'SCREENED_IN' AND r.received_at IS NOT NULL;
$$;

DROP TRIGGER "report_statistics_person_changed" ON "persons";
DROP FUNCTION report_statistics_follow_person();

-- Allegations, report persons and findings written, changed or removed: the screened-in reports
-- they belong to. A report awaiting the supervisor may be screened in by a transaction running now,
-- so a change to one (only hand-written SQL changes a submitted report) takes the turn first and
-- then looks again with a fresh snapshot: the decision that waited, or that it waited for, sees it.
-- A draft's rows (every autosave) take no turn.
CREATE OR REPLACE FUNCTION report_statistics_follow_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'findings' THEN
    IF TG_OP = 'INSERT' THEN
      touched := ARRAY(SELECT DISTINCT a.report_id FROM new_rows x JOIN allegations a ON a.id = x.allegation_id);
    ELSIF TG_OP = 'UPDATE' THEN
      touched := ARRAY(SELECT DISTINCT a.report_id FROM (SELECT allegation_id FROM new_rows UNION SELECT allegation_id FROM old_rows) x
                       JOIN allegations a ON a.id = x.allegation_id);
    ELSE
      touched := ARRAY(SELECT DISTINCT a.report_id FROM old_rows x JOIN allegations a ON a.id = x.allegation_id);
    END IF;
  ELSE
    IF TG_OP = 'INSERT' THEN
      touched := ARRAY(SELECT DISTINCT report_id FROM new_rows);
    ELSIF TG_OP = 'UPDATE' THEN
      touched := ARRAY(SELECT report_id FROM new_rows UNION SELECT report_id FROM old_rows);
    ELSE
      touched := ARRAY(SELECT DISTINCT report_id FROM old_rows);
    END IF;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM access_reports r WHERE r.id = ANY (touched) AND r.status IN ('AWAITING_SUPERVISOR', 'SCREENED_IN')) THEN
    RETURN NULL;
  END IF;
  PERFORM report_statistics_take_turn();
  ids := ARRAY(SELECT r.id FROM access_reports r WHERE r.id = ANY (touched) AND r.status = 'SCREENED_IN');
  IF cardinality(ids) > 0 THEN
    PERFORM report_statistics_rebuild(ids);
  END IF;
  RETURN NULL;
END
$$;

-- Hand-written: every report keeps what it showed before this migration (the registry's values were
-- the only record there was). The report_persons trigger rebuilds the screened-in reports' rows.
UPDATE "report_persons" rp
SET "first_name" = p."first_name", "last_name" = p."last_name", "date_of_birth" = p."date_of_birth", "gender" = p."gender",
    "hispanic_ethnicity" = p."hispanic_ethnicity", "primary_race" = p."primary_race", "indian_child" = p."indian_child", "tribe" = p."tribe"
FROM "persons" p
WHERE p."id" = rp."person_id";

-- AlterTable (generated)
ALTER TABLE "persons" DROP COLUMN "hispanic_ethnicity",
DROP COLUMN "indian_child",
DROP COLUMN "primary_race",
DROP COLUMN "tribe";
