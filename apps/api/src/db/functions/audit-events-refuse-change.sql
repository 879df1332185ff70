-- Audit events are append-only in the database itself: no UPDATE, DELETE or TRUNCATE, even by the
-- tables' owner (who runs the migrations). TRUNCATE skips row triggers, so it has a statement
-- trigger of its own. The app's role has no TRUNCATE right at all (db/app-role-grants.ts).

CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE OR REPLACE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
