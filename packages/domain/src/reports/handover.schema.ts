import { z } from 'zod';
import { dateOnlySchema, dateTimeSchema } from '../common/date.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { text } from './access-report.schema';

// Handing a report on, setting a draft aside, moving a report to another county (docs/http-api.md,
// "Hand-overs"): the requests, the colleagues one may hand a report to and the notices of hand-overs.

const versionSchema = z.number({ message: 'is required: send the version you last read' }).int().min(1);

/** Why a draft is set aside or moved: one to 2000 characters. */
export const handoverReasonSchema = text(2000).trim().min(1, 'is required: say why');

/** POST /api/access-reports/:id/assignment: the colleague who becomes answerable for the report. */
export const assignmentRequestSchema = z.object({
  version: versionSchema,
  userId: z.uuid('must be the id of the assignee: a colleague of the county'),
});
export type AssignmentRequest = z.infer<typeof assignmentRequestSchema>;

/** POST /api/access-reports/:id/discard: a draft opened by mistake or never completed. */
export const discardRequestSchema = z.object({ version: versionSchema, reason: handoverReasonSchema });
export type DiscardRequest = z.infer<typeof discardRequestSchema>;

/** POST /api/access-reports/:id/transfer (supervisors): to the county where the child lives. */
export const transferRequestSchema = z.object({
  version: versionSchema,
  countyCode: countyCodeSchema,
  reason: handoverReasonSchema,
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const assignmentKinds = ['ASSIGNEE', 'INITIAL_ASSESSMENT'] as const;
export const assignmentKindSchema = z.enum(assignmentKinds);
export type AssignmentKind = z.infer<typeof assignmentKindSchema>;

/** GET /api/reference/colleagues: an active worker or supervisor of the caller's county. */
export const colleagueSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['ACCESS_WORKER', 'SUPERVISOR']),
  sexTraffickingTrainingCompletedOn: dateOnlySchema.nullable(),
});
export type Colleague = z.infer<typeof colleagueSchema>;
export const colleagueListSchema = z.array(colleagueSchema);

const personSchema = z.object({ id: z.string(), name: z.string() });

/** GET /api/assignment-notices: a hand-over to or from the caller (whoever made it). */
export const assignmentNoticeSchema = z.object({
  reportId: z.string(),
  reportNumber: z.string(),
  kind: assignmentKindSchema,
  from: personSchema.nullable().describe('Who was answerable before; null when nobody was (after a transfer)'),
  to: personSchema,
  by: personSchema,
  at: dateTimeSchema,
});
export type AssignmentNotice = z.infer<typeof assignmentNoticeSchema>;
export const assignmentNoticeListSchema = z.array(assignmentNoticeSchema);
