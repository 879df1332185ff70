import { z } from 'zod';
import { queryParam } from '../common/query.schema';
import { dateOnlyValue, text } from '../reports/access-report.schema';

export const personSearchQuerySchema = z.object({
  lastName: text(100).trim().min(1, 'is required: search by last name'),
  firstName: queryParam(text(100).trim()),
  dateOfBirth: queryParam(dateOnlyValue), // an empty ?dateOfBirth= means not given
});
export type PersonSearchQuery = z.infer<typeof personSearchQuerySchema>;
