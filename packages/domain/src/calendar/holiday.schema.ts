import { z } from 'zod';
import { yearSchema } from '../common/date.schema';
import { dateOnlySchema, queryParam } from '../common/query.schema';
import { lineSchema } from '../common/text.schema';

/** A day the LE-12H clock does not count (docs/http-api.md: `[{ date, name }]`). */
export const holidaySchema = z.object({ date: dateOnlySchema, name: lineSchema(100) });
export type HolidayEntry = z.infer<typeof holidaySchema>;

export const holidayListSchema = z.array(holidaySchema);

export const holidayYearQuerySchema = z.object({
  year: queryParam(yearSchema),
});

export const holidayDateParamSchema = z.object({ date: dateOnlySchema });
