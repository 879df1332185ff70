-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('CHILD_SEEN', 'CAREGIVER_SEEN');

-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('COMPLETED', 'ATTEMPTED');

-- CreateTable
CREATE TABLE "report_contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "outcome" "ContactOutcome" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_contacts_report_id_at_idx" ON "report_contacts"("report_id", "at");

-- AddForeignKey
ALTER TABLE "report_contacts" ADD CONSTRAINT "report_contacts_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_contacts" ADD CONSTRAINT "report_contacts_report_id_person_id_fkey" FOREIGN KEY ("report_id", "person_id") REFERENCES "report_persons"("report_id", "person_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_contacts" ADD CONSTRAINT "report_contacts_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
