-- CreateIndex
CREATE INDEX "compliance_days_open_due_max_idx" ON "compliance_days"("open_due_max");

-- CreateIndex
CREATE INDEX "report_compliance_county_decision_idx" ON "report_compliance"("county_code", "decision_hours", "received_on", "status") WHERE (decision_hours IS NOT NULL);

-- CreateIndex
CREATE INDEX "report_compliance_decision_idx" ON "report_compliance"("decision_hours", "received_on", "status", "county_code") WHERE (decision_hours IS NOT NULL);
