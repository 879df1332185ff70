import { MISSING_NCMEC_HOURS, MISSING_POLICE_HOURS } from '@cps/domain';

// The elapsed-hours clocks of docs/domain.md as SQL text, shared by the compliance report, the report
// list and the metrics so that each is written once. Plain text made in the code (no input): each
// caller splices it into its own statement. TRIBE-24H's calls a database function, since a
// generated column reads it too. The clocks that walk business days (LE-12H, RESPONSE-TIME) are
// database functions whose answers report_compliance stores
// (db/functions/compliance-le-due.sql, compliance-response-due.sql); compliance-clock.api.test.ts
// holds them equal to the domain's clocks.

/** MISSING-LE-8H's and MISSING-NCMEC-24H's due instants: 8 and 24 elapsed hours after `learnedAt`. */
export const missingPoliceDue = (learnedAt: string) => `${learnedAt} + interval '${MISSING_POLICE_HOURS} hours'`;
export const missingNcmecDue = (learnedAt: string) => `${learnedAt} + interval '${MISSING_NCMEC_HOURS} hours'`;

/**
 * TRIBE-24H's due instant: 24 elapsed hours after `receivedAt`, by the database function that
 * report_compliance's generated `next_due_at` uses too (db/functions/compliance-tribe-due.sql), so
 * that the hours are written once in SQL; report-list-clocks.api.test.ts holds it equal to the
 * domain's TRIBAL_NOTIFICATION_HOURS.
 */
export const tribeDue = (receivedAt: string) => `compliance_tribe_due(${receivedAt})`;
