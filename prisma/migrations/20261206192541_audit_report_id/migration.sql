-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "report_id" UUID;

-- CreateIndex
CREATE INDEX "audit_events_report_id_at_idx" ON "audit_events"("report_id", "at");

-- Backfill (hand-written): the events written before this column knew their report only through
-- the entity they name. Reports name it directly; allegations and their findings through their
-- table. Notifications and the other report changes were already written with the report as the
-- entity. The append-only trigger is set aside for this one statement set and put back at once.
ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_append_only;

UPDATE "audit_events" SET "report_id" = "entity_id"::uuid
WHERE "entity_type" = 'AccessReport'
  AND "entity_id" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

UPDATE "audit_events" e SET "report_id" = a."report_id"
FROM "allegations" a
WHERE e."entity_type" = 'Allegation'
  AND e."entity_id" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  AND a."id" = e."entity_id"::uuid;

ALTER TABLE "audit_events" ENABLE TRIGGER audit_events_append_only;
