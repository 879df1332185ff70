import { z } from 'zod';
import { contactKindSchema, contactOutcomeSchema } from '../codes/codes.schema';
import { dateTimeSchema } from '../common/date.schema';
import { text } from './access-report.schema';

// Initial contacts after screen-in (docs/http-api.md, "Contacts"; rule RESPONSE-TIME): the request
// that records one and the contact as a report shows it.

/** POST /api/access-reports/:id/contacts: whom the worker saw (or tried to), and when. */
export const contactRequestSchema = z.object({
  personId: z.uuid('must be the id of a person of the report'),
  kind: contactKindSchema,
  outcome: contactOutcomeSchema,
  at: dateTimeSchema,
  note: text(2000).trim().nullish(),
});
export type ContactRequest = z.infer<typeof contactRequestSchema>;

/** A contact of a report, as every report answer lists them (earliest first). */
export const reportContactSchema = z.object({
  id: z.string(),
  personId: z.string(),
  kind: contactKindSchema,
  outcome: contactOutcomeSchema,
  at: dateTimeSchema,
  note: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  recordedAt: dateTimeSchema.nullable(),
});
export type ReportContact = z.infer<typeof reportContactSchema>;
