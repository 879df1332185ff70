import { z } from 'zod';
import { dateOnlyValue, text } from '../reports/access-report.schema';

export const personSearchQuerySchema = z.object({
  lastName: text(100).trim().min(1, 'is required: search by last name'),
  firstName: text(100).trim().optional(),
  dateOfBirth: dateOnlyValue.optional(),
});
export type PersonSearchQuery = z.infer<typeof personSearchQuerySchema>;
