import { z } from 'zod';
import { reportStatuses } from '../codes/code-lists';
import { descriptorSchema, maltreatmentTypeSchema } from '../codes/codes.schema';
import { dateTimeSchema } from '../common/date.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { findingValueSchema, personRoleSchema, screeningChoiceSchema } from '../reports/access-report.schema';

// GET /api/persons/:id/history (docs/domain.md, "History of involvement"): the reports that name a
// person. Only what tells the worker whom to call crosses a county line; the rest stays in the
// county that recorded it.

/**
 * The statuses a history lists, named rather than "all but DRAFT" so a status added later (a
 * discarded draft) stays out until someone decides it belongs.
 */
export const HISTORY_STATUSES = [
  'AWAITING_SUPERVISOR',
  'SCREENED_IN',
  'SCREENED_OUT',
] as const satisfies readonly ReportStatusCode[];

type ReportStatusCode = (typeof reportStatuses)[number];

/** An allegation of the report in which the person is the child or an alleged maltreater. */
export const historyAllegationSchema = z.object({
  maltreatmentType: maltreatmentTypeSchema.nullable(),
  descriptors: z.array(descriptorSchema),
  finding: findingValueSchema.nullable(),
});
export type HistoryAllegation = z.infer<typeof historyAllegationSchema>;

/** One report of a person's history; the four optional fields only for the caller's own county. */
export const historyEntrySchema = z.object({
  countyCode: countyCodeSchema,
  receivedAt: dateTimeSchema.nullable(),
  status: z.enum(HISTORY_STATUSES),
  decision: screeningChoiceSchema.nullable(),
  reportId: z.string().optional(),
  reportNumber: z.string().optional(),
  roles: z.array(personRoleSchema).optional(),
  allegations: z.array(historyAllegationSchema).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Newest first. */
export const personHistorySchema = z.array(historyEntrySchema);
export type PersonHistory = z.infer<typeof personHistorySchema>;
