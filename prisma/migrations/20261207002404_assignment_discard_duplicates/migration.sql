-- Assignment, discard, transfer and duplicates (domain.md: Assignee, Discarded draft, Transfer,
-- Duplicate report; rules DISCARD-ALLEGATION and DUPLICATE-OF).

-- CreateEnum
CREATE TYPE "AssignmentKind" AS ENUM ('ASSIGNEE', 'INITIAL_ASSESSMENT');

-- AlterEnum
ALTER TYPE "ReportStatus" ADD VALUE 'DISCARDED';

-- AlterTable
ALTER TABLE "access_reports" ADD COLUMN     "assigned_to_id" UUID,
ADD COLUMN     "discard_reason" TEXT,
ADD COLUMN     "discarded_at" TIMESTAMPTZ(3),
ADD COLUMN     "discarded_by_id" UUID,
ADD COLUMN     "initial_assessment_worker_id" UUID;

-- AlterTable
ALTER TABLE "screening_decisions" ADD COLUMN     "duplicate_of_id" UUID;

-- AlterTable
ALTER TABLE "screening_recommendations" ADD COLUMN     "duplicate_of_id" UUID;

-- CreateTable
CREATE TABLE "report_assignments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "kind" "AssignmentKind" NOT NULL,
    "from_user_id" UUID,
    "to_user_id" UUID NOT NULL,
    "by_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_transfers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "from_county_code" CHAR(5) NOT NULL,
    "to_county_code" CHAR(5) NOT NULL,
    "reason" TEXT NOT NULL,
    "transferred_by_id" UUID NOT NULL,
    "transferred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_transfers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_assignments_report_id_at_idx" ON "report_assignments"("report_id", "at");

-- CreateIndex
CREATE INDEX "report_assignments_from_user_id_at_idx" ON "report_assignments"("from_user_id", "at");

-- CreateIndex
CREATE INDEX "report_assignments_to_user_id_at_idx" ON "report_assignments"("to_user_id", "at");

-- CreateIndex
CREATE INDEX "report_transfers_report_id_transferred_at_idx" ON "report_transfers"("report_id", "transferred_at");

-- CreateIndex
CREATE INDEX "access_reports_assigned_to_id_idx" ON "access_reports"("assigned_to_id");

-- CreateIndex
CREATE INDEX "screening_decisions_duplicate_of_id_idx" ON "screening_decisions"("duplicate_of_id");

-- AddForeignKey
ALTER TABLE "access_reports" ADD CONSTRAINT "access_reports_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_reports" ADD CONSTRAINT "access_reports_initial_assessment_worker_id_fkey" FOREIGN KEY ("initial_assessment_worker_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_reports" ADD CONSTRAINT "access_reports_discarded_by_id_fkey" FOREIGN KEY ("discarded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_assignments" ADD CONSTRAINT "report_assignments_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_assignments" ADD CONSTRAINT "report_assignments_from_user_id_fkey" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_assignments" ADD CONSTRAINT "report_assignments_to_user_id_fkey" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_assignments" ADD CONSTRAINT "report_assignments_by_id_fkey" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_transfers" ADD CONSTRAINT "report_transfers_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_transfers" ADD CONSTRAINT "report_transfers_transferred_by_id_fkey" FOREIGN KEY ("transferred_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "screening_recommendations" ADD CONSTRAINT "screening_recommendations_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "access_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "screening_decisions" ADD CONSTRAINT "screening_decisions_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "access_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (hand-written): a report's assignee is its creator at first (domain.md, "Assignee").
UPDATE "access_reports" SET "assigned_to_id" = "created_by_id" WHERE "assigned_to_id" IS NULL;
