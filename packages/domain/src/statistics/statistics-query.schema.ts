import { z } from 'zod';
import { dateOnlySchema } from '../common/date.schema';

// `?from=&to=&suppress=` of GET /api/reports/*: Chicago calendar dates, both included.

// Required, then the one date-only schema of the API (a real date, years 1900-2100).
const periodDate = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required: a date written YYYY-MM-DD, like 2018-08-31'
        : 'must be a date written YYYY-MM-DD',
  })
  .pipe(dateOnlySchema);

/** `?suppress=true` asks for the public-release version (small numbers suppressed). */
const suppressFlag = z
  .preprocess(
    (v) => (v === '' || v === undefined ? 'false' : v),
    z.enum(['true', 'false'], { message: 'must be true or false' }),
  )
  .transform((v) => v === 'true');

export const statisticsPeriodSchema = z
  .object({ from: periodDate, to: periodDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' });

export const sexTraffickingQuerySchema = z
  .object({ from: periodDate, to: periodDate, suppress: suppressFlag })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type SexTraffickingQuery = z.infer<typeof sexTraffickingQuerySchema>;

export const complianceQuerySchema = statisticsPeriodSchema;
export type ComplianceQuery = z.infer<typeof complianceQuerySchema>;

export type Period = { from: string; to: string };

/** The period of the DCF report of December 2018: the preset of the statistics page. */
export const DCF_REPORT_PERIOD: Period = { from: '2017-06-01', to: '2018-08-31' };
