-- Trigram matching for person search (hand-written: Prisma does not manage this extension here)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('MILWAUKEE', 'BALANCE_OF_STATE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ACCESS_WORKER', 'SUPERVISOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'AWAITING_SUPERVISOR', 'SCREENED_IN', 'SCREENED_OUT');

-- CreateEnum
CREATE TYPE "MaltreatmentType" AS ENUM ('SEXUAL_ABUSE', 'NEGLECT', 'PHYSICAL_ABUSE', 'EMOTIONAL_DAMAGE');

-- CreateEnum
CREATE TYPE "Descriptor" AS ENUM ('SEX_TRAFFICKING');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "HispanicEthnicity" AS ENUM ('HISPANIC', 'NOT_HISPANIC', 'NOT_DOCUMENTED');

-- CreateEnum
CREATE TYPE "PrimaryRace" AS ENUM ('WHITE', 'BLACK_AFRICAN_AMERICAN', 'AMERICAN_INDIAN_ALASKA_NATIVE', 'ASIAN', 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER', 'UNABLE_TO_DETERMINE');

-- CreateEnum
CREATE TYPE "IndianChild" AS ENUM ('YES', 'NO', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PersonRole" AS ENUM ('CHILD', 'ALLEGED_MALTREATER', 'HOUSEHOLD_MEMBER', 'PARENT');

-- CreateEnum
CREATE TYPE "MaltreaterRelationship" AS ENUM ('PRIMARY_CAREGIVER', 'OTHER_CAREGIVER', 'NON_CAREGIVER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ReporterType" AS ENUM ('SOCIAL_SERVICES', 'MEDICAL', 'MENTAL_HEALTH', 'LAW_ENFORCEMENT', 'EDUCATION', 'CHILD_DAYCARE', 'SUBSTITUTE_CARE', 'CHILD', 'PARENT', 'OTHER_RELATIVE', 'FRIEND_NEIGHBOR', 'ALLEGED_MALTREATER', 'ANONYMOUS', 'OTHER');

-- CreateEnum
CREATE TYPE "TraffickingIndicator" AS ENUM ('CHILD_SELF_REPORTS_TRAFFICKING', 'CHILD_REPORTS_SURVIVAL_SEX', 'LAW_ENFORCEMENT_CONFIRMED');

-- CreateEnum
CREATE TYPE "ResponseTime" AS ENUM ('SAME_DAY', 'WITHIN_48_HOURS', 'WITHIN_5_BUSINESS_DAYS');

-- CreateEnum
CREATE TYPE "ScreeningChoice" AS ENUM ('SCREEN_IN', 'SCREEN_OUT');

-- CreateEnum
CREATE TYPE "ScreenOutReason" AS ENUM ('DOES_NOT_MEET_DEFINITION', 'INSUFFICIENT_INFORMATION', 'NON_CAREGIVER_MALTREATER', 'DUPLICATE_REPORT', 'OTHER_JURISDICTION');

-- CreateEnum
CREATE TYPE "NotificationMethod" AS ENUM ('PHONE', 'EMAIL', 'IN_PERSON', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "FindingValue" AS ENUM ('SUBSTANTIATED', 'UNSUBSTANTIATED');

-- CreateEnum
CREATE TYPE "ParentalInvolvement" AS ENUM ('YES', 'NO', 'UNKNOWN');

-- CreateTable
CREATE TABLE "counties" (
    "code" CHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "counties_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "county_code" CHAR(5),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "password_hash" TEXT NOT NULL,
    "sex_trafficking_training_completed_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "ip" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_failures" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,

    CONSTRAINT "login_failures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holidays" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "holidays_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "first_name" TEXT,
    "last_name" TEXT,
    "first_name_key" TEXT NOT NULL DEFAULT '',
    "last_name_key" TEXT NOT NULL DEFAULT '',
    "date_of_birth" DATE,
    "gender" "Gender",
    "hispanic_ethnicity" "HispanicEthnicity",
    "primary_race" "PrimaryRace",
    "indian_child" "IndianChild",
    "tribe" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "county_code" CHAR(5) NOT NULL,
    "received_at" TIMESTAMPTZ(3),
    "reporter_type" "ReporterType",
    "reporter_name" TEXT,
    "reporter_phone" TEXT,
    "reporter_anonymous" BOOLEAN NOT NULL DEFAULT false,
    "narrative" TEXT,
    "present_danger_threat" BOOLEAN,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "access_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_persons" (
    "report_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "roles" "PersonRole"[],
    "approximate_age" SMALLINT,
    "position" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "report_persons_pkey" PRIMARY KEY ("report_id","person_id")
);

-- CreateTable
CREATE TABLE "report_indicators" (
    "report_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "code" "TraffickingIndicator" NOT NULL,

    CONSTRAINT "report_indicators_pkey" PRIMARY KEY ("report_id","child_id","code")
);

-- CreateTable
CREATE TABLE "allegations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "child_id" UUID,
    "maltreatment_type" "MaltreatmentType",
    "descriptors" "Descriptor"[] DEFAULT ARRAY[]::"Descriptor"[],
    "maltreater_relationship" "MaltreaterRelationship",
    "position" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "allegations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allegation_maltreaters" (
    "allegation_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,

    CONSTRAINT "allegation_maltreaters_pkey" PRIMARY KEY ("allegation_id","person_id")
);

-- CreateTable
CREATE TABLE "screening_recommendations" (
    "report_id" UUID NOT NULL,
    "decision" "ScreeningChoice",
    "screen_out_reason" "ScreenOutReason",
    "response_time" "ResponseTime",
    "rationale" TEXT,
    "recommended_by_id" UUID,
    "recommended_at" TIMESTAMPTZ(3),

    CONSTRAINT "screening_recommendations_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "screening_decisions" (
    "report_id" UUID NOT NULL,
    "decision" "ScreeningChoice" NOT NULL,
    "screen_out_reason" "ScreenOutReason",
    "response_time" "ResponseTime",
    "rationale" TEXT NOT NULL,
    "decided_by_id" UUID NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "screening_decisions_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "law_enforcement_notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "notified_at" TIMESTAMPTZ(3) NOT NULL,
    "agency" TEXT NOT NULL,
    "method" "NotificationMethod" NOT NULL,
    "contact_name" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "law_enforcement_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tribal_notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "notified_at" TIMESTAMPTZ(3) NOT NULL,
    "tribe" TEXT NOT NULL,
    "method" "NotificationMethod" NOT NULL,
    "contact_name" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tribal_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "allegation_id" UUID NOT NULL,
    "finding" "FindingValue" NOT NULL,
    "maltreater_interviewed" BOOLEAN NOT NULL,
    "parental_involvement" "ParentalInvolvement",
    "rationale" TEXT NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("allegation_id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "response_status" SMALLINT,
    "response_body" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "ip" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "counties_name_key" ON "counties"("name");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_county_code_role_idx" ON "users"("county_code", "role");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "login_failures_email_at_idx" ON "login_failures"("email", "at");

-- CreateIndex
CREATE INDEX "persons_last_name_key_trgm" ON "persons" USING GIN ("last_name_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "persons_first_name_key_trgm" ON "persons" USING GIN ("first_name_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "persons_date_of_birth_idx" ON "persons"("date_of_birth");

-- CreateIndex
CREATE INDEX "access_reports_county_code_status_received_at_idx" ON "access_reports"("county_code", "status", "received_at");

-- CreateIndex
CREATE INDEX "access_reports_status_received_at_idx" ON "access_reports"("status", "received_at");

-- CreateIndex
CREATE INDEX "access_reports_created_by_id_idx" ON "access_reports"("created_by_id");

-- CreateIndex
CREATE INDEX "report_persons_person_id_idx" ON "report_persons"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_persons_report_id_key_key" ON "report_persons"("report_id", "key");

-- CreateIndex
CREATE INDEX "report_indicators_child_id_idx" ON "report_indicators"("child_id");

-- CreateIndex
CREATE INDEX "allegations_descriptors_idx" ON "allegations" USING GIN ("descriptors");

-- CreateIndex
CREATE INDEX "allegations_child_id_idx" ON "allegations"("child_id");

-- CreateIndex
CREATE UNIQUE INDEX "allegations_report_id_key_key" ON "allegations"("report_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "allegations_report_id_child_id_maltreatment_type_key" ON "allegations"("report_id", "child_id", "maltreatment_type");

-- CreateIndex
CREATE INDEX "allegation_maltreaters_person_id_idx" ON "allegation_maltreaters"("person_id");

-- CreateIndex
CREATE INDEX "screening_decisions_decided_at_idx" ON "screening_decisions"("decided_at");

-- CreateIndex
CREATE INDEX "law_enforcement_notifications_report_id_notified_at_idx" ON "law_enforcement_notifications"("report_id", "notified_at");

-- CreateIndex
CREATE INDEX "tribal_notifications_report_id_notified_at_idx" ON "tribal_notifications"("report_id", "notified_at");

-- CreateIndex
CREATE INDEX "findings_finding_idx" ON "findings"("finding");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- CreateIndex
CREATE INDEX "audit_events_user_id_at_idx" ON "audit_events"("user_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_entity_id_at_idx" ON "audit_events"("entity_id", "at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "counties"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_reports" ADD CONSTRAINT "access_reports_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "counties"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_reports" ADD CONSTRAINT "access_reports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_persons" ADD CONSTRAINT "report_persons_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_persons" ADD CONSTRAINT "report_persons_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_indicators" ADD CONSTRAINT "report_indicators_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_indicators" ADD CONSTRAINT "report_indicators_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allegation_maltreaters" ADD CONSTRAINT "allegation_maltreaters_allegation_id_fkey" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allegation_maltreaters" ADD CONSTRAINT "allegation_maltreaters_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "screening_recommendations" ADD CONSTRAINT "screening_recommendations_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "screening_recommendations" ADD CONSTRAINT "screening_recommendations_recommended_by_id_fkey" FOREIGN KEY ("recommended_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "screening_decisions" ADD CONSTRAINT "screening_decisions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "screening_decisions" ADD CONSTRAINT "screening_decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "law_enforcement_notifications" ADD CONSTRAINT "law_enforcement_notifications_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "law_enforcement_notifications" ADD CONSTRAINT "law_enforcement_notifications_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tribal_notifications" ADD CONSTRAINT "tribal_notifications_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "access_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tribal_notifications" ADD CONSTRAINT "tribal_notifications_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_allegation_id_fkey" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Audit events are append-only in the database itself (hand-written: triggers are not in schema.prisma)
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
