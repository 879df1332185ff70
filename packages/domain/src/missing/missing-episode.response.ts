import { z } from 'zod';
import { missingEpisodeStatuses } from '../clocks/missing';
import { indicatorSchema } from '../codes/codes.schema';
import { dateOnlySchema, dateTimeSchema } from '../common/date.schema';
import { pageOf } from '../common/query.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { actorSchema, clockStatusSchema } from '../reports/access-report.response';

// What the API answers about a missing-from-care episode (docs/http-api.md, "Missing-from-care
// episodes"): the fields of the requests, the child, the derived status and both clocks.

export const missingEpisodeStatusSchema = z.enum(missingEpisodeStatuses);

/** The child of an episode: identifying basics of the registry. */
export const missingEpisodePersonSchema = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  dateOfBirth: dateOnlySchema.nullable(),
});

export const recordedReturnScreeningSchema = z.object({
  screenedAt: dateTimeSchema,
  indicators: z.array(indicatorSchema),
  notes: z.string().nullable(),
  screenedBy: actorSchema,
});

/** MISSING-LE-8H and MISSING-NCMEC-24H: due times and statuses (never NOT_REQUIRED). */
export const missingEpisodeComputedSchema = z.object({
  policeDueAt: dateTimeSchema,
  policeStatus: clockStatusSchema,
  ncmecDueAt: dateTimeSchema,
  ncmecStatus: clockStatusSchema,
});

export const missingEpisodeSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  countyCode: countyCodeSchema,
  personId: z.string(),
  person: missingEpisodePersonSchema,
  learnedAt: dateTimeSchema,
  lastSeenAt: dateTimeSchema.nullable(),
  lastSeenLocation: z.string().nullable(),
  circumstances: z.string().nullable(),
  policeReportedAt: dateTimeSchema.nullable(),
  policeAgency: z.string().nullable(),
  policeCaseNumber: z.string().nullable(),
  ncicNumber: z.string().nullable(),
  ncmecReportedAt: dateTimeSchema.nullable(),
  ncmecCaseNumber: z.string().nullable(),
  locatedAt: dateTimeSchema.nullable(),
  /** Null until the child is screened; then the screen as recorded (RETURN-SCREEN). */
  returnScreening: recordedReturnScreeningSchema.nullable(),
  status: missingEpisodeStatusSchema,
  /** The draft access report a screen with any indicator opened. */
  newReportId: z.string().nullable(),
  newReportNumber: z.string().nullable(),
  createdBy: actorSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  computed: missingEpisodeComputedSchema,
});
export type MissingEpisode = z.infer<typeof missingEpisodeSchema>;

export const missingEpisodePageSchema = pageOf(missingEpisodeSchema);
export type MissingEpisodePage = z.infer<typeof missingEpisodePageSchema>;
