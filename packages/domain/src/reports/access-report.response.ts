import { z } from 'zod';
import { reportStatuses } from '../codes/code-lists';
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
import { pageOf } from '../common/query.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { RULE_ORDER } from '../rules/violation';
import {
  findingValueSchema,
  indianChildSchema,
  notificationMethodSchema,
  parentalInvolvementSchema,
  personRoleSchema,
  screeningChoiceSchema,
} from './access-report.schema';
import { reportContactSchema } from './contact.schema';
import { reportIdentifierSchema, reportRelationshipSchema } from './household.response';
import {
  addressViewSchema,
  currentLocationViewSchema,
  incidentViewSchema,
  workerSafetyConcernsViewSchema,
} from './report-details.schema';

// What the API answers about an access report (docs/http-api.md, "Access reports"): the request schemas'
// counterparts. The API's mappers satisfy these types, the web app reads them through z.infer and
// the served OpenAPI document is generated from them, so the three cannot drift apart.

const nullableDateTime = dateTimeSchema.nullable();

export const reportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** A user as a report names them: who created, recommended, decided or recorded something. */
export const actorSchema = z.object({ id: z.string(), name: z.string() }).nullable();
export type Actor = z.infer<typeof actorSchema>;

const recorded = { recordedBy: actorSchema, recordedAt: nullableDateTime };

export const recordedFindingSchema = z.object({
  finding: findingValueSchema,
  maltreaterInterviewed: z.boolean(),
  parentalInvolvement: parentalInvolvementSchema.nullable(),
  rationale: z.string(),
  ...recorded,
});
export type RecordedFinding = z.infer<typeof recordedFindingSchema>;

/** An allegation of a report; also the answer of PUT /api/allegations/:id/finding. */
export const reportAllegationSchema = z.object({
  id: z.string(),
  key: z.string(),
  childKey: z.string().nullable(),
  maltreaterKeys: z.array(z.string()),
  maltreatmentType: maltreatmentTypeSchema.nullable(),
  descriptors: z.array(descriptorSchema),
  maltreaterRelationship: relationshipSchema.nullable(),
  finding: recordedFindingSchema.nullable(),
});
export type ReportAllegation = z.infer<typeof reportAllegationSchema>;

/** A person of a report: `id` is the statewide person id, the same as `personId`. */
export const reportPersonViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  key: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  dateOfBirth: dateOnlySchema.nullable(),
  approximateAge: z.number().int().nullable(),
  gender: genderSchema.nullable(),
  hispanicEthnicity: ethnicitySchema.nullable(),
  primaryRace: raceSchema.nullable(),
  indianChild: indianChildSchema.nullable(),
  tribe: z.string().nullable(),
  roles: z.array(personRoleSchema),
  address: addressViewSchema.nullable(),
  phone: z.string().nullable(),
  primaryLanguage: z.string().nullable(),
  interpreterNeeded: z.boolean().nullable(),
  school: z.string().nullable(),
  currentLocation: currentLocationViewSchema.nullable().describe('Children only: where the child is now'),
});
export type ReportPersonView = z.infer<typeof reportPersonViewSchema>;

export const storedRecommendationSchema = z.object({
  decision: screeningChoiceSchema.nullable(),
  screenOutReason: screenOutReasonSchema.nullable(),
  responseTime: responseTimeSchema.nullable(),
  rationale: z.string().nullable(),
  duplicateOfReportId: z
    .string()
    .nullable()
    .describe('With screenOutReason DUPLICATE_REPORT: the id of the original report'),
  duplicateOfReportNumber: z
    .string()
    .nullable()
    .describe("The original's number, to read aloud (null when none is named or it is not of the county)"),
});

export const recordedRecommendationSchema = storedRecommendationSchema.extend({
  recommendedBy: actorSchema,
  recommendedAt: nullableDateTime,
});
export type RecordedRecommendation = z.infer<typeof recordedRecommendationSchema>;

export const recordedDecisionSchema = z.object({
  decision: screeningChoiceSchema,
  screenOutReason: screenOutReasonSchema.nullable(),
  responseTime: responseTimeSchema.nullable(),
  rationale: z.string(),
  duplicateOfReportId: z
    .string()
    .nullable()
    .describe('With screenOutReason DUPLICATE_REPORT: the id of the original report'),
  decidedBy: actorSchema,
  decidedAt: nullableDateTime,
});
export type RecordedDecision = z.infer<typeof recordedDecisionSchema>;

const notificationFields = {
  id: z.string(),
  notifiedAt: dateTimeSchema,
  method: notificationMethodSchema,
  contactName: z.string().nullable(),
  ...recorded,
};
export type NotificationMethod = z.infer<typeof notificationMethodSchema>;

export const lawEnforcementNotificationViewSchema = z.object({ ...notificationFields, agency: z.string() });
export type LawEnforcementNotification = z.infer<typeof lawEnforcementNotificationViewSchema>;
export const tribalNotificationViewSchema = z.object({ ...notificationFields, tribe: z.string() });
export type TribalNotification = z.infer<typeof tribalNotificationViewSchema>;

export const clockStatusSchema = z.enum(['NOT_REQUIRED', 'PENDING', 'ON_TIME', 'LATE', 'OVERDUE']);

/** LE-12H, TRIBE-24H and IA-60D as read when the report was answered. */
export const clocksSchema = z.object({
  lawEnforcementDueAt: nullableDateTime,
  lawEnforcementStatus: clockStatusSchema,
  tribalNotificationDueAt: nullableDateTime,
  tribalNotificationStatus: clockStatusSchema,
  initialAssessmentDueOn: dateOnlySchema.nullable(),
  initialAssessmentOverdue: z.boolean(),
});

/** RESPONSE-TIME as read when the report was answered (clocks/response.ts, responseClock). */
export const responseClockSchema = z.object({
  responseDueAt: nullableDateTime.describe('RESPONSE-TIME: when the first contact with an alleged child victim is due'),
  responseStatus: clockStatusSchema.describe(
    'RESPONSE-TIME: from the earliest completed contact with an alleged child victim',
  ),
  responseAttemptStatus: clockStatusSchema.describe(
    'Seen or attempted on time: as responseStatus, from the earliest contact completed or attempted',
  ),
});

export const violationSchema = z.object({ rule: z.enum(RULE_ORDER), message: z.string(), path: z.string() });
export const languageWarningSchema = z.object({ path: z.string(), term: z.string(), suggestion: z.string() });

export const reportComputedSchema = clocksSchema.extend({
  ...responseClockSchema.shape,
  responseTimeRequired: z.literal('SAME_DAY').nullable(),
  mustScreenIn: z.boolean(),
  violations: z.array(violationSchema),
  languageWarnings: z.array(languageWarningSchema),
});

/** Another report as a report names it: read aloud by its number. */
export const reportRefSchema = z.object({ id: z.string(), reportNumber: z.string() });
export type ReportRef = z.infer<typeof reportRefSchema>;

/** A later report screened out (or, awaiting the supervisor, recommended) as a duplicate of this one. */
export const duplicateReportSchema = reportRefSchema.extend({
  receivedAt: nullableDateTime,
  status: reportStatusSchema,
  narrative: z.string().nullable().describe('What the second caller said, read with the original'),
});
export type DuplicateReport = z.infer<typeof duplicateReportSchema>;

export const transferSchema = z.object({
  fromCountyCode: countyCodeSchema,
  toCountyCode: countyCodeSchema,
  reason: z.string(),
  transferredBy: actorSchema,
  transferredAt: dateTimeSchema,
});
export type Transfer = z.infer<typeof transferSchema>;

export const discardedSchema = z.object({ reason: z.string(), discardedBy: actorSchema, discardedAt: dateTimeSchema });

/** Who is answerable for a report, what it duplicates and where it came from: on reports and summaries. */
const ownership = {
  assignedTo: actorSchema.describe('The worker answerable for the report; null after a transfer until assigned'),
  initialAssessmentWorker: actorSchema.describe('After screen-in: the initial assessment worker'),
  duplicateOf: reportRefSchema
    .nullable()
    .describe('The original, when this report is screened out (or recommended) as a duplicate'),
};

/** The full `report` of docs/http-api.md: the draft document with ids, lifecycle, screening, notifications, computed. */
export const accessReportSchema = z
  .object({
    id: z.string(),
    reportNumber: z.string().describe('`2026-079-00042`: given at creation, read aloud to a caller or the police'),
    countyCode: countyCodeSchema,
    receivedAt: nullableDateTime,
    reporter: z.object({
      type: reporterTypeSchema.nullable(),
      name: z.string().nullable(),
      phone: z.string().nullable(),
      anonymous: z.boolean(),
      relationshipToChild: z.string().nullable(),
      mandatedReporter: z.boolean().nullable(),
    }),
    incident: incidentViewSchema,
    workerSafetyConcerns: workerSafetyConcernsViewSchema,
    narrative: z.string().nullable(),
    presentDangerThreat: z.boolean().nullable(),
    persons: z.array(reportPersonViewSchema),
    indicators: z.array(z.object({ childKey: z.string(), code: indicatorSchema })),
    allegations: z.array(reportAllegationSchema),
    relationships: z.array(reportRelationshipSchema),
    identifiers: z.array(reportIdentifierSchema),
    recommendation: storedRecommendationSchema.nullable(),
    status: reportStatusSchema,
    version: z.number().int(),
    createdBy: actorSchema,
    createdAt: nullableDateTime,
    updatedAt: nullableDateTime,
    updatedBy: actorSchema.describe(
      'Who made the change that gave the report its current version (a save, submit, decision, notification…); null when not known',
    ),
    submittedAt: nullableDateTime,
    screening: z.object({
      recommendation: recordedRecommendationSchema.nullable(),
      decision: recordedDecisionSchema.nullable(),
    }),
    lawEnforcementNotifications: z.array(lawEnforcementNotificationViewSchema),
    tribalNotifications: z.array(tribalNotificationViewSchema),
    contacts: z.array(reportContactSchema).describe('Initial contacts after screen-in, earliest first'),
    ...ownership,
    duplicates: z.array(duplicateReportSchema),
    transfers: z.array(transferSchema),
    discarded: discardedSchema.nullable(),
    computed: reportComputedSchema,
  })
  .describe('An access report: the draft document with ids, plus lifecycle, screening, notifications and computed');
export type AccessReport = z.infer<typeof accessReportSchema>;

/** A row of GET /api/access-reports: enough to triage (who, when, clocks), never the narrative. */
export const reportSummarySchema = z.object({
  id: z.string(),
  reportNumber: z.string(),
  countyCode: countyCodeSchema,
  status: reportStatusSchema,
  version: z.number().int(),
  receivedAt: nullableDateTime,
  createdAt: nullableDateTime,
  updatedAt: nullableDateTime,
  submittedAt: nullableDateTime,
  createdBy: actorSchema,
  reporterType: reporterTypeSchema.nullable(),
  presentDangerThreat: z.boolean().nullable(),
  children: z.array(z.object({ id: z.string(), firstName: z.string().nullable(), lastName: z.string().nullable() })),
  allegationCount: z.number().int(),
  recommendation: z
    .object({ decision: screeningChoiceSchema.nullable(), responseTime: responseTimeSchema.nullable() })
    .nullable(),
  decision: z.object({ decision: screeningChoiceSchema, decidedAt: nullableDateTime }).nullable(),
  ...ownership,
  computed: reportComputedSchema.omit({ violations: true, languageWarnings: true }),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportPageSchema = pageOf(reportSummarySchema);
export type ReportPage = z.infer<typeof reportPageSchema>;
