-- CreateEnum
CREATE TYPE "HouseholdRelationship" AS ENUM ('PARENT_OF', 'STEP_PARENT_OF', 'GUARDIAN_OF', 'FOSTER_PARENT_OF', 'PARTNER_OF_PARENT', 'SIBLING_OF', 'RELATIVE_OF', 'ROMANTIC_PARTNER_OF', 'OTHER');

-- CreateEnum
CREATE TYPE "IdentifierKind" AS ENUM ('ALIAS', 'PHONE', 'EMAIL', 'SOCIAL_HANDLE', 'VEHICLE_PLATE', 'VEHICLE_DESCRIPTION', 'LOCATION', 'ONLINE_AD');

-- CreateTable
CREATE TABLE "report_relationships" (
    "report_id" UUID NOT NULL,
    "from_person_id" UUID NOT NULL,
    "to_person_id" UUID NOT NULL,
    "type" "HouseholdRelationship" NOT NULL,
    "position" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "report_relationships_pkey" PRIMARY KEY ("report_id","from_person_id","to_person_id","type")
);

-- CreateTable
CREATE TABLE "report_identifiers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "person_id" UUID,
    "kind" "IdentifierKind" NOT NULL,
    "value" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "platform" TEXT,
    "position" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "report_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_relationships_from_person_id_idx" ON "report_relationships"("from_person_id");

-- CreateIndex
CREATE INDEX "report_relationships_to_person_id_idx" ON "report_relationships"("to_person_id");

-- CreateIndex
CREATE INDEX "report_identifiers_kind_normalized_report_id_idx" ON "report_identifiers"("kind", "normalized", "report_id");

-- CreateIndex
CREATE INDEX "report_identifiers_person_id_idx" ON "report_identifiers"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_identifiers_report_id_key_key" ON "report_identifiers"("report_id", "key");

-- AddForeignKey
ALTER TABLE "report_relationships" ADD CONSTRAINT "report_relationships_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_relationships" ADD CONSTRAINT "report_relationships_from_person_id_fkey" FOREIGN KEY ("from_person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_relationships" ADD CONSTRAINT "report_relationships_to_person_id_fkey" FOREIGN KEY ("to_person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_identifiers" ADD CONSTRAINT "report_identifiers_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_identifiers" ADD CONSTRAINT "report_identifiers_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;
