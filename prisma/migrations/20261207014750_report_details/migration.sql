-- AlterTable
ALTER TABLE "access_reports" ADD COLUMN     "incident_address" JSONB,
ADD COLUMN     "incident_description" TEXT,
ADD COLUMN     "incident_location_type" TEXT,
ADD COLUMN     "incident_occurred_on" DATE,
ADD COLUMN     "incident_occurred_on_is_approximate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reporter_mandated_reporter" BOOLEAN,
ADD COLUMN     "reporter_relationship_to_child" TEXT,
ADD COLUMN     "worker_safety_concerns_description" TEXT,
ADD COLUMN     "worker_safety_concerns_present" BOOLEAN;

-- AlterTable
ALTER TABLE "report_persons" ADD COLUMN     "address" JSONB,
ADD COLUMN     "current_location" JSONB,
ADD COLUMN     "interpreter_needed" BOOLEAN,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "primary_language" TEXT,
ADD COLUMN     "school" TEXT;
