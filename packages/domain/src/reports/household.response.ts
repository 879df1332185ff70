import { z } from 'zod';
import { reportStatuses } from '../codes/code-lists';
import { dateTimeSchema } from '../common/date.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { householdRelationshipTypeSchema, identifierKindSchema } from './household.schema';

// The answers for household relationships and trafficking identifiers (household.schema.ts).

export const reportRelationshipSchema = z.object({
  fromKey: z.string(),
  toKey: z.string(),
  type: householdRelationshipTypeSchema,
});

export const reportIdentifierSchema = z.object({
  key: z.string(),
  personKey: z.string().nullable(),
  kind: identifierKindSchema,
  value: z.string().describe('As the worker typed it'),
  platform: z.string().nullable(),
  normalized: z.string().describe('The normal form reports are matched on (normalizeIdentifier)'),
});
export type ReportIdentifier = z.infer<typeof reportIdentifierSchema>;

/** GET /api/access-reports/:id/identifier-matches: per identifier, the other reports naming it. */
export const identifierMatchSchema = z.object({
  identifierKey: z.string(),
  kind: identifierKindSchema,
  normalized: z.string(),
  reports: z
    .array(
      z.object({
        id: z.string(),
        reportNumber: z.string(),
        receivedAt: dateTimeSchema.nullable(),
        status: z.enum(reportStatuses),
      }),
    )
    .describe("Other reports of the report's own county with the same identifier, newest first"),
  otherCounties: z
    .array(
      z.object({
        countyCode: countyCodeSchema,
        month: z
          .string()
          .regex(/^\d{4}-\d{2}$/)
          .describe('YYYY-MM of the date received, in Wisconsin time'),
        reports: z.number().int().min(1),
      }),
    )
    .describe('Other counties: only how many reports, by county and month, never which'),
});
export const identifierMatchesSchema = z.array(identifierMatchSchema);
export type IdentifierMatch = z.infer<typeof identifierMatchSchema>;
