import { z } from 'zod';

// Query-string pieces shared by the API's lists and the web app's filters.

/** `?x=` means "not given": clients build query strings from empty form fields. */
export const queryParam = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const wholeNumber = 'must be a whole number from 1';

/** `?page=1&pageSize=50` of the paginated lists of docs/http-api.md (pageSize at most 200). */
export const pageQuerySchema = z.object({
  page: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number({ message: wholeNumber }).int(wholeNumber).min(1, wholeNumber).default(1),
  ),
  pageSize: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce
      .number({ message: wholeNumber })
      .int(wholeNumber)
      .min(1, wholeNumber)
      .max(200, 'must be at most 200')
      .default(50),
  ),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** `{ items, total }` of a paginated list. */
export const pageOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), total: z.number().int() });

// The date-only schema lives with the date-time one; lists and filters import it from here too.
export { dateOnlySchema } from './date.schema';
