import { z } from 'zod';
import { dimensions, measures } from './report-rows';
import {
  type ReportTable,
  type SexTraffickingReport,
  type SummaryCounts,
  sexTraffickingReportSchema,
  sexTraffickingSummarySchema,
} from './sex-trafficking-report.schema';

// A supervisor's sex trafficking report (api.md, "Reports"): the same tables, one column, their county;
// no Milwaukee / Balance of State / Wisconsin columns. Made from the report counted for the county
// alone (where that county's column and the total are the same numbers), after any suppression.

const count = z.number().int().nonnegative().nullable();

export const countyCountsSchema = z.object({ county: count, suppressed: z.boolean() });
export type CountyCounts = z.infer<typeof countyCountsSchema>;

export const countyTableRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  county: count,
  /** The row's share of the table's total, in percent at full precision; 0 when the total is 0. */
  percentOfTotal: z.number().nullable(),
  suppressed: z.boolean(),
});

export const countyReportTableSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  measure: z.enum(measures),
  dimension: z.enum(dimensions),
  rows: z.array(countyTableRowSchema),
  totals: countyCountsSchema,
});
export type CountyReportTable = z.infer<typeof countyReportTableSchema>;

export const countySexTraffickingReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  scope: z.object({ countyCode: z.string(), countyName: z.string().nullable() }),
  suppressed: z.boolean(),
  generatedAt: z.string(),
  summary: z.object({
    allegations: countyCountsSchema,
    uniqueChildren: countyCountsSchema,
    substantiated: countyCountsSchema,
    substantiatedUniqueChildren: countyCountsSchema,
    substantiationRate: sexTraffickingSummarySchema.shape.substantiationRate,
  }),
  tables: z.array(countyReportTableSchema),
});
export type CountySexTraffickingReport = z.infer<typeof countySexTraffickingReportSchema>;

/** GET /api/reports/sex-trafficking: statewide (admins) or one county (supervisors). */
export const sexTraffickingResponseSchema = z.union([sexTraffickingReportSchema, countySexTraffickingReportSchema]);
export type SexTraffickingResponse = z.infer<typeof sexTraffickingResponseSchema>;

export const isCountyReport = (report: SexTraffickingResponse): report is CountySexTraffickingReport =>
  report.scope.countyCode !== null;

/** The DCF title in the county's words: "Dane County Child Sex Trafficking Allegations, by Gender". */
export function countyTitle(title: string, countyName: string | null): string {
  const place = countyName ? `${countyName} County` : 'County';
  return title.replace(/^Wisconsin /, `${place} `).replace(', by Milwaukee and Balance of State', '');
}

const one = (c: SummaryCounts): CountyCounts => ({ county: c.total, suppressed: c.suppressed });

function countyTable(table: ReportTable, countyName: string | null): CountyReportTable {
  return {
    number: table.number,
    title: countyTitle(table.title, countyName),
    measure: table.measure,
    dimension: table.dimension,
    rows: table.rows.map((r) => ({
      key: r.key,
      label: r.label,
      county: r.total,
      percentOfTotal: r.percentOfTotal,
      suppressed: r.suppressed,
    })),
    totals: one(table.totals),
  };
}

/**
 * One column from a report counted for one county only: its total is the county (the other location
 * column is zero by construction, and is checked to be).
 */
export function toCountyReport(report: SexTraffickingReport): CountySexTraffickingReport {
  const { countyCode, countyName } = report.scope;
  if (countyCode === null) throw new Error('A statewide report has no county column');
  for (const t of report.tables) {
    const { milwaukee, balanceOfState, total } = t.totals;
    if (
      milwaukee !== null &&
      balanceOfState !== null &&
      total !== null &&
      milwaukee !== total &&
      balanceOfState !== total
    )
      throw new Error(`Table ${t.number} counts more than one location for county ${countyCode}`);
  }
  const s = report.summary;
  return {
    period: report.period,
    scope: { countyCode, countyName },
    suppressed: report.suppressed,
    generatedAt: report.generatedAt,
    summary: {
      allegations: one(s.allegations),
      uniqueChildren: one(s.uniqueChildren),
      substantiated: one(s.substantiated),
      substantiatedUniqueChildren: one(s.substantiatedUniqueChildren),
      substantiationRate: s.substantiationRate,
    },
    tables: report.tables.map((t) => countyTable(t, countyName)),
  };
}
