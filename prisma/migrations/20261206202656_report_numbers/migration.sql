-- Report numbers (domain.md, "Report number"): `YYYY-CCC-NNNNN`, the Chicago year of creation,
-- the last three digits of the county's FIPS code, a sequence per county and year from 00001.

-- AlterTable (hand-edited: nullable until the backfill below has numbered every existing report)
ALTER TABLE "access_reports" ADD COLUMN     "report_number" TEXT;

-- CreateTable
CREATE TABLE "report_number_counters" (
    "county_code" CHAR(5) NOT NULL,
    "year" SMALLINT NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "report_number_counters_pkey" PRIMARY KEY ("county_code","year")
);

-- Backfill (hand-written): every existing report gets its number, in order of creation (then id)
-- within its county and Chicago year of creation, as if numbers had been given from the start.
WITH numbered AS (
  SELECT "id", "county_code",
         extract(year FROM "created_at" AT TIME ZONE 'America/Chicago')::int AS "year",
         row_number() OVER (
           PARTITION BY "county_code", extract(year FROM "created_at" AT TIME ZONE 'America/Chicago')
           ORDER BY "created_at", "id"
         ) AS "sequence"
  FROM "access_reports"
)
UPDATE "access_reports" r
SET "report_number" = n."year"::text || '-' || right(n."county_code", 3) || '-' || lpad(n."sequence"::text, greatest(5, length(n."sequence"::text)), '0')
FROM numbered n
WHERE r."id" = n."id";

-- Each counter carries on from the last number the backfill used (hand-written).
INSERT INTO "report_number_counters" ("county_code", "year", "last")
SELECT "county_code", extract(year FROM "created_at" AT TIME ZONE 'America/Chicago')::smallint, count(*)
FROM "access_reports"
GROUP BY 1, 2;

-- Hand-edited: required from now on, once every report has one.
ALTER TABLE "access_reports" ALTER COLUMN "report_number" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "access_reports_report_number_key" ON "access_reports"("report_number");

-- Hand-written: a number never changes once given (domain.md, "Report number"), whatever an update
-- of the app or one run by hand tries; only a later migration that drops this trigger could.
CREATE FUNCTION access_reports_keep_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the number of report % never changes', OLD.id USING ERRCODE = 'check_violation';
END
$$;

CREATE TRIGGER access_reports_number_unchanged BEFORE UPDATE OF "report_number" ON "access_reports" FOR EACH ROW
  WHEN (OLD."report_number" IS DISTINCT FROM NEW."report_number")
  EXECUTE FUNCTION access_reports_keep_number();
