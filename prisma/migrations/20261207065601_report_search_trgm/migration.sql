-- CreateIndex
CREATE INDEX "access_reports_report_number_trgm" ON "access_reports" USING GIN ("report_number" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "report_persons_first_name_trgm" ON "report_persons" USING GIN ("first_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "report_persons_last_name_trgm" ON "report_persons" USING GIN ("last_name" gin_trgm_ops);
