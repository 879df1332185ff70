-- Hand-written (triggers are not in schema.prisma): TRUNCATE skips row triggers, so the
-- append-only rule of audit_events needs a statement trigger of its own. It refuses even the
-- tables' owner (who runs the migrations), so nobody erases the audit trail by accident; the app's
-- role has no TRUNCATE right at all (apps/api/src/db/app-role-grants.ts).
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
