import { z } from 'zod';
import { indicatorSchema } from '../codes/codes.schema';
import { pageQuerySchema, queryParam } from '../common/query.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { dateOnlyValue, dateTimeSchema, text, versionSchema } from '../reports/access-report.schema';

// The requests of docs/http-api.md, "Missing-from-care episodes": one schema each for the API body,
// the web forms and the types. Cross-field checks (times in order, not in the future) are in
// missing-episode.rules.ts, so the form runs them as the worker types and the API runs them again.

const line = (max: number) => text(max).trim().min(1, 'must not be empty');
const optionalLine = (max: number) => text(max).trim().nullish();

/** A child not yet in the registry, recorded with the episode (after a search found no match). */
export const newMissingPersonSchema = z.object({
  firstName: line(100),
  lastName: line(100),
  dateOfBirth: dateOnlyValue.nullish(),
});
export type NewMissingPerson = z.infer<typeof newMissingPersonSchema>;

/** POST /api/missing-episodes: the child by `personId` (found by search) or as a new `person`, exactly one. */
export const createMissingEpisodeSchema = z
  .object({
    personId: z.uuid('must be the id of a person found by search').nullish(),
    person: newMissingPersonSchema.nullish(),
    countyCode: countyCodeSchema,
    learnedAt: dateTimeSchema,
    lastSeenAt: dateTimeSchema.nullish(),
    lastSeenLocation: optionalLine(500),
    circumstances: text(5000).nullish(),
  })
  .superRefine((body, ctx) => {
    const given = [body.personId, body.person].filter((x) => x !== undefined && x !== null).length;
    if (given === 1) return;
    ctx.addIssue({
      code: 'custom',
      path: ['personId'],
      message:
        given === 0
          ? 'is required: choose the child found by search, or enter a new child'
          : 'must be given alone: send either the child found by search or a new child, not both',
    });
  });
export type CreateMissingEpisode = z.infer<typeof createMissingEpisodeSchema>;

/** The sex trafficking screen when the child is back (RETURN-SCREEN). */
export const returnScreeningSchema = z.object({
  screenedAt: dateTimeSchema,
  indicators: z
    .array(indicatorSchema)
    .max(3)
    .refine((codes) => new Set(codes).size === codes.length, 'must not name an indicator twice'),
  notes: text(5000).nullish(),
});
export type ReturnScreening = z.infer<typeof returnScreeningSchema>;

/**
 * PATCH /api/missing-episodes/:id: the version last read and the fields to change. A field left out
 * stays as it is; null clears it (a report time entered by mistake). The screening cannot be cleared.
 */
export const updateMissingEpisodeSchema = z.object({
  version: versionSchema,
  lastSeenAt: dateTimeSchema.nullish(),
  lastSeenLocation: optionalLine(500),
  circumstances: text(5000).nullish(),
  policeReportedAt: dateTimeSchema.nullish(),
  policeAgency: optionalLine(200),
  policeCaseNumber: optionalLine(100),
  ncicNumber: optionalLine(100),
  ncmecReportedAt: dateTimeSchema.nullish(),
  ncmecCaseNumber: optionalLine(100),
  locatedAt: dateTimeSchema.nullish(),
  returnScreening: returnScreeningSchema.optional(),
});
export type UpdateMissingEpisode = z.infer<typeof updateMissingEpisodeSchema>;

/** GET /api/missing-episodes: `?open=true` for the open ones only (not yet screened), most urgent first. */
export const missingEpisodeListQuerySchema = pageQuerySchema.extend({
  open: queryParam(z.enum(['true', 'false'], { message: 'must be true or false' })),
});
export type MissingEpisodeListQuery = z.infer<typeof missingEpisodeListQuerySchema>;
