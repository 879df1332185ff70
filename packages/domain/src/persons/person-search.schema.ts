import { z } from 'zod';
import { genderSchema } from '../codes/codes.schema';
import { queryParam } from '../common/query.schema';
import { dateOnlyValue, text } from '../reports/access-report.schema';

export const personSearchQuerySchema = z.object({
  lastName: text(100).trim().min(1, 'is required: search by last name'),
  firstName: queryParam(text(100).trim()),
  dateOfBirth: queryParam(dateOnlyValue), // an empty ?dateOfBirth= means not given
});
export type PersonSearchQuery = z.infer<typeof personSearchQuerySchema>;

/** One match of GET /api/persons/search: identifying basics only, `score` from 0 to 1. */
export const personMatchSchema = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  dateOfBirth: dateOnlyValue.nullable(),
  gender: genderSchema.nullable(),
  score: z.number(),
});
export type PersonMatch = z.infer<typeof personMatchSchema>;

/** Best first, at most 20. */
export const personMatchListSchema = z.array(personMatchSchema);
