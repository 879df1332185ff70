-- CreateIndex
CREATE INDEX "report_statistics_child_order_idx" ON "report_statistics"("child_id", "substantiated" DESC, "received_at", "report_id", "allegation_id", "county_code", "gender", "age_years") WHERE (sex_trafficking);
