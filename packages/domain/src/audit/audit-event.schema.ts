import { z } from 'zod';
import { dateOnlySchema, pageOf, pageQuerySchema, queryParam } from '../common/query.schema';
import { addDays, chicagoMidnight } from '../time/chicago';

/** One entry of the audit trail as the admin reads it (api.md, "Audit"). */
export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEventEntry = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageOf(auditEventSchema);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters of `GET /api/audit-events`; `from` and `to` are Chicago dates, both included. */
export const auditQuerySchema = pageQuerySchema
  .extend({
    entityId: queryParam(z.string().max(200, 'must be at most 200 characters')),
    userId: queryParam(z.string().regex(uuid, 'must be a user id')),
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
