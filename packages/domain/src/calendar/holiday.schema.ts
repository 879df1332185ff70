import { z } from 'zod';
import { dateOnlySchema, queryParam } from '../common/query.schema';
import { lineSchema } from '../common/text.schema';

/** A day the LE-12H clock does not count (api.md: `[{ date, name }]`). */
export const holidaySchema = z.object({ date: dateOnlySchema, name: lineSchema(100) });
export type HolidayEntry = z.infer<typeof holidaySchema>;

export const holidayListSchema = z.array(holidaySchema);

export const holidayYearQuerySchema = z.object({
  year: queryParam(z.coerce.number({ message: 'must be a year like 2018' }).int('must be a year like 2018').min(1900, 'must be a year from 1900').max(2999, 'must be a year before 3000')),
});

export const holidayDateParamSchema = z.object({ date: dateOnlySchema });
