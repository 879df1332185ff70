-- Person search takes its nearest last names from person_last_names (domain.md, "People search"):
-- every last name a person of the registry has had, added whenever persons are written, in bulk or
-- one at a time. A name no one bears any more stays; it only finds no one.

CREATE OR REPLACE FUNCTION person_last_names_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_last_names (last_name_key)
  SELECT DISTINCT last_name_key FROM written_persons WHERE last_name_key <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER person_last_names_inserted AFTER INSERT ON "persons"
  REFERENCING NEW TABLE AS written_persons FOR EACH STATEMENT
  EXECUTE FUNCTION person_last_names_keep();

CREATE OR REPLACE TRIGGER person_last_names_updated AFTER UPDATE ON "persons"
  REFERENCING NEW TABLE AS written_persons FOR EACH STATEMENT
  EXECUTE FUNCTION person_last_names_keep();
