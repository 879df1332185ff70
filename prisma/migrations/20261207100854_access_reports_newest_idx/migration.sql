-- CreateIndex
CREATE INDEX "access_reports_newest_idx" ON "access_reports"("county_code", "received_at" DESC, "created_at" DESC) WHERE (status <> 'DISCARDED');
