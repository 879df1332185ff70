-- CreateTable
CREATE TABLE "missing_episodes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" INTEGER NOT NULL DEFAULT 1,
    "county_code" CHAR(5) NOT NULL,
    "person_id" UUID NOT NULL,
    "learned_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3),
    "last_seen_location" TEXT,
    "circumstances" TEXT,
    "police_reported_at" TIMESTAMPTZ(3),
    "police_agency" TEXT,
    "police_case_number" TEXT,
    "ncic_number" TEXT,
    "ncmec_reported_at" TIMESTAMPTZ(3),
    "ncmec_case_number" TEXT,
    "located_at" TIMESTAMPTZ(3),
    "screened_at" TIMESTAMPTZ(3),
    -- NOT NULL by hand: Prisma writes scalar lists nullable; an episode with no screening has none.
    "screening_indicators" "TraffickingIndicator"[] NOT NULL DEFAULT ARRAY[]::"TraffickingIndicator"[],
    "screening_notes" TEXT,
    "screened_by_id" UUID,
    "new_report_id" UUID,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "missing_episodes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "missing_episodes_county_code_learned_at_idx" ON "missing_episodes"("county_code", "learned_at");

-- CreateIndex
CREATE INDEX "missing_episodes_open_idx" ON "missing_episodes"("county_code") WHERE (screened_at IS NULL);

-- AddForeignKey
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "counties"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_screened_by_id_fkey" FOREIGN KEY ("screened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_new_report_id_fkey" FOREIGN KEY ("new_report_id") REFERENCES "access_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
