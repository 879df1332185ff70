-- CreateIndex
CREATE INDEX "screening_recommendations_duplicate_of_id_idx" ON "screening_recommendations"("duplicate_of_id");
