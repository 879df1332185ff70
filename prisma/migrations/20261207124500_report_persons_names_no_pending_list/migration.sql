-- Hand-written (Prisma's schema cannot say an index's storage parameters): the names' trigram
-- indexes take each new entry into the index at once, not into a pending list. Every save that
-- rewrites a report's people adds entries, and every search by name scans the whole pending list
-- until a vacuum or the 4 MB limit empties it: on the bench database, 20,000 people rewritten since
-- the last vacuum (401 pending pages) took the Milwaukee last-name search from 13 to 26 ms; with the
-- list off, 10,000 rewrites later it was still 13.5 ms, and a rewrite cost the same (about 4.1 ms).
ALTER INDEX "report_persons_first_name_trgm" SET (fastupdate = off);
ALTER INDEX "report_persons_last_name_trgm" SET (fastupdate = off);
