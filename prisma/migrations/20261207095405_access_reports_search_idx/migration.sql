-- CreateIndex
CREATE INDEX "access_reports_search_idx" ON "access_reports"("id", "county_code", "status", "received_at", "created_at");
