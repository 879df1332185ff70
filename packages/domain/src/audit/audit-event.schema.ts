import { z } from 'zod';
import { dateTimeSchema } from '../common/date.schema';
import { dateOnlySchema, pageOf, pageQuerySchema, queryParam } from '../common/query.schema';
import { REPORT_NUMBER_PATTERN } from '../reports/report-number';
import { addDays, chicagoMidnight } from '../time/chicago';

/** One entry of the audit trail as the admin reads it (docs/http-api.md, "Audit"). */
export const auditEventSchema = z.object({
  id: z.string(),
  at: dateTimeSchema,
  userId: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  reportId: z.string().nullable(),
  /** The number of the report the event is about (docs/domain.md, "Report number"); null when none. */
  reportNumber: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEventEntry = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageOf(auditEventSchema);
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters of `GET /api/audit-events`; `from` and `to` are Chicago dates, both included. */
export const auditQuerySchema = pageQuerySchema
  .extend({
    entityId: queryParam(z.string().max(200, 'must be at most 200 characters')),
    userId: queryParam(z.string().regex(uuid, 'must be a user id')),
    // A report's id, or its number as a person reads it out (the repository finds the id).
    reportId: queryParam(
      z
        .string()
        .trim()
        .refine(
          (v) => uuid.test(v) || REPORT_NUMBER_PATTERN.test(v),
          'must be a report id or a report number such as 2026-079-00042',
        ),
    ),
    reportNumber: queryParam(
      z.string().trim().regex(REPORT_NUMBER_PATTERN, 'must be a report number such as 2026-079-00042'),
    ),
    // Any well-formed action, not only those of auditActions: older events and new features keep theirs.
    action: queryParam(
      z
        .string()
        .max(100, 'must be at most 100 characters')
        .regex(/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/, 'must be an action such as report.read'),
    ),
    from: queryParam(dateOnlySchema),
    to: queryParam(dateOnlySchema),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The instants of a `from`–`to` filter: from Chicago midnight of `from` up to, not including, midnight after `to`. */
export function auditPeriod(from?: string, to?: string): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: chicagoMidnight(from) } : {}),
    ...(to ? { lt: chicagoMidnight(addDays(to, 1)) } : {}),
  };
}

/** What each action of the trail means, in words: the admin's action filter and the supervisor's access log. */
export const auditActions = {
  'report.created': 'Started an access report',
  'report.draft_saved': 'Saved an access report draft',
  'report.read': 'Opened an access report',
  'report.submitted': 'Submitted an access report for screening',
  'report.decided': 'Made a screening decision',
  'report.duplicates_changed': 'Changed which later reports an original lists as its duplicates',
  'report.law_enforcement_notified': 'Recorded a law enforcement notification',
  'report.tribe_notified': 'Recorded a tribal notification',
  'report.contact_recorded': 'Recorded a contact with a child or caregiver after screen-in',
  'report.assigned': 'Handed an access report on to a colleague',
  'report.discarded': 'Discarded an access report draft',
  'report.transferred': 'Transferred an access report to another county',
  'allegation.finding_recorded': 'Recorded a finding',
  'report.replayed': 'Repeated a request and got the access report again',
  'report.access_log_read': 'Read who opened an access report',
  'report.identifier_matches_read': 'Looked up other reports naming the same trafficking identifiers',
  'report.printed': 'Printed an access report',
  'report.listed': 'Listed access reports',
  'missing_episode.created': 'Recorded that a child is missing from care',
  'missing_episode.read': 'Opened a missing-from-care episode',
  'missing_episode.updated': 'Recorded a step of a missing-from-care episode (police, NCMEC, located)',
  'missing_episode.screened': 'Recorded the return screening of a located child',
  'missing_episode.listed': 'Listed missing-from-care episodes',
  'access.denied': 'Was refused access',
  'persons.searched': 'Searched for people',
  'persons.history_read': "Read a person's history of involvement",
  'statistics.requested': 'Requested statistics',
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in failed',
  'auth.login_throttled': 'Sign-in blocked after repeated failures',
  'auth.logout': 'Signed out',
  'auth.password_set': 'Chose a password with a setup link',
  'auth.setup_failed': 'Setup link refused (used, expired or unknown)',
  'auth.password_changed': 'Changed their own password',
  'auth.password_change_failed': 'Password change refused: the current password was wrong',
  'user.password_reset': "Reset a user's password",
  'user.setup_link_reissued': 'Gave a new setup link for a repeated request',
  'user.created': 'Created a user',
  'user.updated': 'Changed a user',
  'user.listed': 'Listed users',
  'holiday.created': 'Added a holiday',
  'holiday.deleted': 'Removed a holiday',
  'calendar.seeded': 'Added the standard holidays of a year',
  'audit.listed': 'Read the audit log',
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof auditActions;

/** `GET /api/access-reports/:id/access-log`: who read or changed the report, refused attempts included, newest first. */
export const accessLogEntrySchema = z.object({
  at: dateTimeSchema,
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export const accessLogSchema = z.array(accessLogEntrySchema);
