-- CreateIndex
CREATE UNIQUE INDEX "missing_episodes_one_missing" ON "missing_episodes"("person_id") WHERE (located_at IS NULL);
