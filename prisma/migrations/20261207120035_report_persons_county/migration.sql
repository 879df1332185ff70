-- The list's search by name (`q`) reads the people of the searching county only: each row of
-- report_persons carries its report's county, held equal to it by a foreign key on (report, county)
-- that a transfer cascades through, and the names' trigram indexes start with the county (btree_gin),
-- so a search in one county no longer reads, and looks up, every person of that name in the state.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropForeignKey
ALTER TABLE "report_persons" DROP CONSTRAINT "report_persons_report_id_fkey";

-- DropIndex
DROP INDEX "report_persons_first_name_trgm";

-- DropIndex
DROP INDEX "report_persons_last_name_trgm";

-- AlterTable: the county of each report's people, copied from the report. The copy changes nothing
-- the statistics or the compliance report read, so their triggers are not run for it.
ALTER TABLE "report_persons" ADD COLUMN     "county_code" CHAR(5);
ALTER TABLE "report_persons" DISABLE TRIGGER report_statistics_report_person_updated;
ALTER TABLE "report_persons" DISABLE TRIGGER report_compliance_report_person_updated;
UPDATE "report_persons" rp SET county_code = r.county_code FROM "access_reports" r WHERE r.id = rp.report_id;
ALTER TABLE "report_persons" ENABLE TRIGGER report_statistics_report_person_updated;
ALTER TABLE "report_persons" ENABLE TRIGGER report_compliance_report_person_updated;
ALTER TABLE "report_persons" ALTER COLUMN "county_code" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "access_reports_id_county_code_key" ON "access_reports"("id", "county_code");

-- CreateIndex
CREATE INDEX "report_persons_first_name_trgm" ON "report_persons" USING GIN ("county_code" bpchar_ops, "first_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "report_persons_last_name_trgm" ON "report_persons" USING GIN ("county_code" bpchar_ops, "last_name" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "report_persons" ADD CONSTRAINT "report_persons_report_id_county_code_fkey" FOREIGN KEY ("report_id", "county_code") REFERENCES "access_reports"("id", "county_code") ON DELETE CASCADE ON UPDATE CASCADE;
