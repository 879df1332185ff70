import { z } from 'zod';
import { regions } from '../codes/code-lists';
import { reportScopeSchema } from './sex-trafficking-report.schema';

// The response of GET /api/reports/compliance: the clocks of docs/domain.md ("Clocks, exactly") for the
// reports received in the period, by county.

const n = z.number().int().nonnegative();

/** One clock over the reports it applies to: required = onTime + late + overdue + pending. */
export const clockCountsSchema = z.object({ required: n, onTime: n, late: n, overdue: n, pending: n });
export type ClockCounts = z.infer<typeof clockCountsSchema>;

/** Hours from receipt to the supervisor's screening decision, over the decided reports. */
export const decisionTimeSchema = z.object({
  decided: n,
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});
export type DecisionTime = z.infer<typeof decisionTimeSchema>;

export const complianceFiguresSchema = z.object({
  /** Reports received in the period (every status, drafts included: the clocks run from receipt). */
  reports: n,
  lawEnforcement: clockCountsSchema,
  tribalNotification: clockCountsSchema,
  initialAssessment: clockCountsSchema,
  /** RESPONSE-TIME of screened-in reports: an alleged child victim seen (a COMPLETED contact) by the due time. */
  response: clockCountsSchema,
  /** RESPONSE-TIME "seen or attempted on time": the earliest contact with the child, COMPLETED or ATTEMPTED. */
  responseSeenOrAttempted: clockCountsSchema,
  /** Missing-from-care episodes the agency learned of in the period (their own clocks, not reports'). */
  missingEpisodes: n,
  /** MISSING-LE-8H: the report to law enforcement within 8 hours of learning the child was missing. */
  missingLawEnforcement: clockCountsSchema,
  /** MISSING-NCMEC-24H: the report to NCMEC within 24 hours. */
  missingNcmec: clockCountsSchema,
  timeToDecision: decisionTimeSchema,
});
export type ComplianceFigures = z.infer<typeof complianceFiguresSchema>;

export const countyComplianceSchema = complianceFiguresSchema.extend({
  countyCode: z.string(),
  countyName: z.string(),
  region: z.enum(regions),
});
export type CountyCompliance = z.infer<typeof countyComplianceSchema>;

export const complianceReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  scope: reportScopeSchema,
  /** The instant the clocks were read at: PENDING and OVERDUE depend on it. */
  asOf: z.string(),
  /** Every county in scope, by name, zeros included. */
  counties: z.array(countyComplianceSchema),
  /** All counties in scope together (medians over all their reports, not of the county medians). */
  total: complianceFiguresSchema,
});
export type ComplianceReport = z.infer<typeof complianceReportSchema>;
