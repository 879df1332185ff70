import { z } from 'zod';
import {
  findingValues,
  indianChildValues,
  notificationMethods,
  parentalInvolvementValues,
  personRoles,
  reportStatuses,
  screeningChoices,
} from '../codes/code-lists';
import {
  descriptorSchema,
  ethnicitySchema,
  genderSchema,
  indicatorSchema,
  maltreatmentTypeSchema,
  raceSchema,
  relationshipSchema,
  reporterTypeSchema,
  responseTimeSchema,
  screenOutReasonSchema,
} from '../codes/codes.schema';
import { dateOnlySchema, dateTimeSchema } from '../common/date.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { identifierEntrySchema, relationshipEntrySchema } from './household.schema';
import {
  currentLocationSchema,
  incidentSchema,
  personContactFields,
  workerSafetyConcernsSchema,
} from './report-details.schema';

// The Access report document of docs/http-api.md: one schema for the API body, the intake form and the types.

/** Text without NUL characters (PostgreSQL refuses them), trimmed. */
export const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

/** An instant with a zone, in 1900-2100: the one date-time schema of the API. */
export { dateTimeSchema };

/** A calendar date, YYYY-MM-DD, that exists, in 1900-2100: the one date-only schema of the API. */
export const dateOnlyValue = dateOnlySchema;

export const keySchema = z
  .string()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, "-" and "_"');

export const indianChildSchema = z.enum(indianChildValues);
export const personRoleSchema = z.enum(personRoles);
export const screeningChoiceSchema = z.enum(screeningChoices);
export const notificationMethodSchema = z.enum(notificationMethods);
export const findingValueSchema = z.enum(findingValues);
export const parentalInvolvementSchema = z.enum(parentalInvolvementValues);

export const reporterSchema = z.object({
  type: reporterTypeSchema.nullish(),
  name: text(200).nullish(),
  phone: text(50).nullish(),
  anonymous: z.boolean().optional(),
  relationshipToChild: text(200).nullish(),
  mandatedReporter: z.boolean().nullish(),
});

export const reportPersonSchema = z.object({
  key: keySchema,
  personId: z.uuid('must be the id of a person found by search').nullish(),
  firstName: text(100).nullish(),
  lastName: text(100).nullish(),
  dateOfBirth: dateOnlyValue.nullish(),
  approximateAge: z.number().int('must be a whole number of years').min(0).max(120).nullish(),
  gender: genderSchema.nullish(),
  hispanicEthnicity: ethnicitySchema.nullish(),
  primaryRace: raceSchema.nullish(),
  indianChild: indianChildSchema.nullish(),
  tribe: text(200).nullish(),
  roles: z.array(personRoleSchema).max(4).default([]),
  ...personContactFields,
  currentLocation: currentLocationSchema.nullish(),
});

export const indicatorEntrySchema = z.object({ childKey: keySchema, code: indicatorSchema });

export const allegationSchema = z.object({
  key: keySchema,
  childKey: keySchema.nullish(),
  maltreaterKeys: z.array(keySchema).max(50).default([]),
  maltreatmentType: maltreatmentTypeSchema.nullish(),
  descriptors: z.array(descriptorSchema).max(1).default([]),
  maltreaterRelationship: relationshipSchema.nullish(),
});

/** With screenOutReason DUPLICATE_REPORT: the original report (rule DUPLICATE-OF); dropped with any other choice. */
export const duplicateOfReportIdSchema = z
  .uuid('must be the id of a report of your county')
  .nullish()
  .describe('With screenOutReason DUPLICATE_REPORT: the id of the original report (rule DUPLICATE-OF)');

export const recommendationSchema = z.object({
  decision: screeningChoiceSchema.nullish(),
  screenOutReason: screenOutReasonSchema.nullish(),
  responseTime: responseTimeSchema.nullish(),
  rationale: text(5000).nullish(),
  duplicateOfReportId: duplicateOfReportIdSchema,
});

/** POST /api/access-reports: every field optional but countyCode. */
export const draftSchema = z.object({
  countyCode: countyCodeSchema,
  receivedAt: dateTimeSchema.nullish(),
  reporter: reporterSchema.nullish(),
  narrative: text(20_000).nullish(),
  presentDangerThreat: z.boolean().nullish(),
  persons: z.array(reportPersonSchema).max(100).default([]),
  indicators: z.array(indicatorEntrySchema).max(300).default([]),
  allegations: z.array(allegationSchema).max(200).default([]),
  recommendation: recommendationSchema.nullish(),
  relationships: z.array(relationshipEntrySchema).max(500).default([]),
  identifiers: z.array(identifierEntrySchema).max(500).default([]),
  incident: incidentSchema.nullish(),
  workerSafetyConcerns: workerSafetyConcernsSchema.nullish(),
});
export type Draft = z.infer<typeof draftSchema>;
export type DraftInput = z.input<typeof draftSchema>;
export type ReportPerson = z.infer<typeof reportPersonSchema>;
export type Allegation = z.infer<typeof allegationSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;

export const versionSchema = z.number({ message: 'is required: send the version you last read' }).int().min(1);

/** PUT /api/access-reports/:id: the whole draft and the version last read. */
export const draftUpdateSchema = draftSchema.extend({ version: versionSchema });

/** The 400 of a duplicate screen-out without its original, at submit and decision (like a missing reason). */
export const DUPLICATE_NEEDS_ORIGINAL = 'is required when screening out as a duplicate report: name the original';

/** A screening choice as submitted or decided: reason and response time as the choice needs. */
export const screeningSchema = z
  .object({
    decision: screeningChoiceSchema,
    screenOutReason: screenOutReasonSchema.nullish(),
    responseTime: responseTimeSchema.nullish(),
    rationale: text(5000).trim().min(1, 'is required: say why'),
    duplicateOfReportId: duplicateOfReportIdSchema,
  })
  .superRefine((s, ctx) => {
    if (s.decision === 'SCREEN_OUT' && !s.screenOutReason) {
      ctx.addIssue({ code: 'custom', path: ['screenOutReason'], message: 'is required when screening out' });
    }
    if (s.decision === 'SCREEN_OUT' && s.screenOutReason === 'DUPLICATE_REPORT' && !s.duplicateOfReportId) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOfReportId'], message: DUPLICATE_NEEDS_ORIGINAL });
    }
    if (s.decision === 'SCREEN_IN' && !s.responseTime) {
      ctx.addIssue({ code: 'custom', path: ['responseTime'], message: 'is required when screening in' });
    }
  });
export type Screening = z.infer<typeof screeningSchema>;

/** POST /api/access-reports/:id/submit (the draft's recommendation when omitted). */
export const submitSchema = z.object({ version: versionSchema, recommendation: recommendationSchema.nullish() });

/** POST /api/access-reports/:id/screening-decision (supervisors). */
export const decisionSchema = z.intersection(z.object({ version: versionSchema }), screeningSchema);

const notificationBase = {
  notifiedAt: dateTimeSchema,
  method: notificationMethodSchema,
  contactName: text(200).nullish(),
};
export const lawEnforcementNotificationSchema = z.object({
  ...notificationBase,
  agency: text(200).trim().min(1, 'is required'),
});
export const tribalNotificationSchema = z.object({
  ...notificationBase,
  tribe: text(200).trim().min(1, 'is required'),
});

/** PUT /api/allegations/:id/finding */
export const findingSchema = z.object({
  finding: findingValueSchema,
  maltreaterInterviewed: z.boolean(),
  parentalInvolvement: parentalInvolvementSchema.nullish(),
  rationale: text(5000).trim().min(1, 'is required: say why'),
});
export type FindingInput = z.infer<typeof findingSchema>;

/** The orders of the report list: newest received (the default), or most urgent first. */
export const reportListSorts = ['newest', 'urgency'] as const;
export type ReportListSort = (typeof reportListSorts)[number];

// `q` is one sentence a person reads: "Q" is no field name in words.
const searchText = z
  .string({ message: 'Search (q) must be text' })
  .trim()
  .max(100, 'Search (q) must be at most 100 characters')
  .refine((v) => !v.includes('\u0000'), 'Search (q) must not contain NUL characters');

export const reportListQuerySchema = z.object({
  status: z
    .enum(reportStatuses)
    .optional()
    .describe('One status; without it every status but DISCARDED (discarded drafts only when asked for)'),
  assignedTo: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z.union([z.literal('me'), z.uuid()], { message: 'must be me or the id of a user' }).optional(),
    )
    .describe('me, or a user id: only the reports that person is answerable for'),
  from: dateOnlyValue.optional(),
  to: dateOnlyValue.optional(),
  q: z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), searchText.optional())
    .describe("A report number, or part of a child's or adult's name (each word in the same person's name)"),
  // Kept as the text sent (no transform): the OpenAPI document shows the query as it is written.
  openClock: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
    )
    .describe('true: only reports with an LE-12H or TRIBE-24H clock PENDING or OVERDUE, drafts included'),
  sort: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(reportListSorts, { message: 'must be newest or urgency' }).default('newest'),
    )
    .describe(
      'newest: newest received first; urgency: present danger, then earliest due running clock, then earliest received',
    ),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
