-- GET /api/metrics counts the overdue clocks and open missing-from-care episodes at every scrape. An
-- overdue clock stays overdue until done, so no window of time bounds the reports to read: these
-- partial indexes do (the predicates are OPEN_CLOCKS and OPEN_EPISODES of
-- apps/api/src/metrics/agency-counts.statements.ts), holding only what is still running.

-- CreateIndex
CREATE INDEX "missing_episodes_open_clocks_idx" ON "missing_episodes"("county_code") WHERE (screened_at IS NULL OR police_reported_at IS NULL OR ncmec_reported_at IS NULL);

-- CreateIndex
CREATE INDEX "report_compliance_open_clocks_idx" ON "report_compliance"("county_code") WHERE (status <> 'DISCARDED' AND received_at IS NOT NULL AND ((le_required AND le_first_at IS NULL) OR (tribe_required AND tribe_first_at IS NULL) OR (status = 'SCREENED_IN' AND response_time IS NOT NULL AND child_seen_at IS NULL)));
