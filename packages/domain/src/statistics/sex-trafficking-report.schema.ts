import { z } from 'zod';
import { dimensions, measures } from './report-rows';

// The response of GET /api/reports/sex-trafficking (docs/statistics.md). Counts are null only in the
// public-release version (`?suppress=true`), where `suppressed` says which rows hide a count.

const count = z.number().int().nonnegative().nullable();

export const locationCountsSchema = z.object({ milwaukee: count, balanceOfState: count, total: count });
export type LocationCounts = z.infer<typeof locationCountsSchema>;

export const summaryCountsSchema = locationCountsSchema.extend({ suppressed: z.boolean() });
export type SummaryCounts = z.infer<typeof summaryCountsSchema>;

export const tableRowSchema = locationCountsSchema.extend({
  key: z.string(),
  label: z.string(),
  /** The row's share of the table's total, in percent at full precision; 0 when the total is 0. */
  percentOfTotal: z.number().nullable(),
  suppressed: z.boolean(),
});
export type TableRow = z.infer<typeof tableRowSchema>;

export const reportTableSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  measure: z.enum(measures),
  dimension: z.enum(dimensions),
  rows: z.array(tableRowSchema),
  totals: summaryCountsSchema,
  /** Each column's total as a share of the statewide total, in percent. For unique children the two
   * can add to more than 100: a child in both places counts in both columns and once in the total. */
  percentByLocation: z.object({ milwaukee: z.number().nullable(), balanceOfState: z.number().nullable() }),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

const rate = z.number().min(0).max(1).nullable();

export const sexTraffickingSummarySchema = z.object({
  allegations: summaryCountsSchema,
  uniqueChildren: summaryCountsSchema,
  substantiated: summaryCountsSchema,
  substantiatedUniqueChildren: summaryCountsSchema,
  /** Substantiated / all, as fractions at full precision; null when there is nothing to divide by. */
  substantiationRate: z.object({ sexTrafficking: rate, allAllegations: rate, sexualAbuse: rate }),
});
export type SexTraffickingSummary = z.infer<typeof sexTraffickingSummarySchema>;

export const reportScopeSchema = z.object({
  /** null: statewide (admins); else the supervisor's county, the only one counted. */
  countyCode: z.string().nullable(),
  countyName: z.string().nullable(),
});
export type ReportScope = z.infer<typeof reportScopeSchema>;

export const sexTraffickingReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  scope: reportScopeSchema,
  /** True in the public-release version: counts from 1 to 4, and the cells that would reveal them, are null. */
  suppressed: z.boolean(),
  generatedAt: z.string(),
  summary: sexTraffickingSummarySchema,
  tables: z.array(reportTableSchema),
});
export type SexTraffickingReport = z.infer<typeof sexTraffickingReportSchema>;
