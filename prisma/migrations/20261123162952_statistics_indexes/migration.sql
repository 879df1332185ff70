-- CreateIndex
CREATE INDEX "access_reports_statistics_idx" ON "access_reports"("status", "received_at", "id", "county_code");

-- CreateIndex
CREATE INDEX "findings_statistics_idx" ON "findings"("allegation_id", "finding");
