-- Rebuilds of report_statistics take turns: every trigger that has something to rebuild first takes
-- this one transaction advisory lock, then reads with fresh snapshots, so a rebuild that waited sees
-- what the other committed. One lock, not one per report: a bulk load takes one.

CREATE OR REPLACE FUNCTION report_statistics_take_turn() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(7201607, 1);
$$;
