-- Person search takes its candidates nearest-first: the people whose last name is nearest the one
-- typed (`ORDER BY last_name_key <-> $1 LIMIT 200`), which a GiST trigram index answers in distance
-- order and a GIN one cannot; nothing else used the GIN index. A name typed in full is found by
-- the (last_name_key, first_name_key) b-tree however many people share the last name.

-- DropIndex
DROP INDEX "persons_last_name_key_trgm";

-- CreateIndex
CREATE INDEX "persons_last_name_key_trgm_gist" ON "persons" USING GIST ("last_name_key" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "persons_last_name_key_first_name_key_idx" ON "persons"("last_name_key", "first_name_key");
