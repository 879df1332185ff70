import type { AuditAction } from '@cps/domain';

// The audit actions that change a report (each written with the version bump it records, in the
// same statement or transaction). The report's `updatedBy` is the user of its newest one; reads
// and disclosures (report.read, access.denied, …) are on the trail too but change nothing.
// A new use case that bumps the version adds its action here.
export const REPORT_CHANGE_ACTIONS = [
  'report.created',
  'report.draft_saved',
  'report.submitted',
  'report.decided',
  'report.duplicates_changed',
  'report.law_enforcement_notified',
  'report.tribe_notified',
  'report.contact_recorded',
  'allegation.finding_recorded',
  'report.assigned',
  'report.discarded',
  'report.transferred',
] as const satisfies readonly AuditAction[];
