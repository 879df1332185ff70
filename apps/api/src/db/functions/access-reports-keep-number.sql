-- A report number never changes once given (domain.md, "Report number"), whatever an update of the
-- app or one run by hand tries; only a migration that drops this trigger could.

CREATE OR REPLACE FUNCTION access_reports_keep_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the number of report % never changes', OLD.id USING ERRCODE = 'check_violation';
END
$$;

CREATE OR REPLACE TRIGGER access_reports_number_unchanged BEFORE UPDATE OF "report_number" ON "access_reports" FOR EACH ROW
  WHEN (OLD."report_number" IS DISTINCT FROM NEW."report_number")
  EXECUTE FUNCTION access_reports_keep_number();
