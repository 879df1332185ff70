-- Allegations, report persons and findings written, changed or removed: the screened-in reports they
-- belong to. Per statement, so a bulk load rebuilds in one pass. A report awaiting the supervisor may
-- be screened in by a transaction running now, so a change to one takes the turn first and looks
-- again with a fresh snapshot. A draft's rows (every autosave) take no turn.

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

CREATE OR REPLACE TRIGGER report_statistics_allegation_inserted AFTER INSERT ON "allegations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_allegation_updated AFTER UPDATE ON "allegations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_report_person_inserted AFTER INSERT ON "report_persons"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_report_person_updated AFTER UPDATE ON "report_persons"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_report_person_deleted AFTER DELETE ON "report_persons"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_finding_inserted AFTER INSERT ON "findings"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_finding_updated AFTER UPDATE ON "findings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
CREATE OR REPLACE TRIGGER report_statistics_finding_deleted AFTER DELETE ON "findings"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_statistics_follow_rows();
