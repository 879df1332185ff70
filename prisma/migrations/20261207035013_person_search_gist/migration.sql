-- Person search takes its candidates nearest-first: the 200 people whose last names are nearest the
-- one typed. A GiST trigram index answers `ORDER BY last_name_key <-> $1` in distance order, but on
-- persons itself (a million rows whose names share trigrams) it visits nearly the whole index; on
-- the distinct last names (person_last_names, tens of thousands) it is a few milliseconds, and the
-- people of each name come from the new (last_name_key, first_name_key) b-tree, which also finds a
-- name typed in full. The GIN index on persons' last names served only the old search: dropped.

-- DropIndex
DROP INDEX "persons_last_name_key_trgm";

-- CreateTable
CREATE TABLE "person_last_names" (
    "last_name_key" TEXT NOT NULL,

    CONSTRAINT "person_last_names_pkey" PRIMARY KEY ("last_name_key")
);

-- CreateIndex
CREATE INDEX "person_last_names_trgm_gist" ON "person_last_names" USING GIST ("last_name_key" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "persons_last_name_key_first_name_key_idx" ON "persons"("last_name_key", "first_name_key");

-- The names already in the registry, then kept by triggers (db/functions/person-last-names-keep.sql).
INSERT INTO "person_last_names" ("last_name_key")
SELECT DISTINCT "last_name_key" FROM "persons" WHERE "last_name_key" <> '';

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
