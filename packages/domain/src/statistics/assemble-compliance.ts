import type { ComplianceFigures, ComplianceReport, CountyCompliance } from './compliance-report.schema';
import type { ReportScope } from './sex-trafficking-report.schema';
import type { Period } from './statistics-query.schema';

// Shapes the flat rows of the compliance SQL (one per county, and one for all of them with a
// null county) into the response. No arithmetic beyond naming: PostgreSQL counted.

const clockNames = ['le', 'tribe', 'ia', 'resp', 'resp_att', 'mle', 'mncmec'] as const;
const statusNames = ['required', 'on_time', 'late', 'overdue', 'pending'] as const;
type ClockColumns = { [K in `${(typeof clockNames)[number]}_${(typeof statusNames)[number]}`]: number };

export type ComplianceRow = ClockColumns & {
  county_code: string | null;
  county_name: string | null;
  region: 'MILWAUKEE' | 'BALANCE_OF_STATE' | null;
  reports: number;
  episodes: number;
  decided: number;
  median_hours: number | null;
  p90_hours: number | null;
};

function clock(row: ComplianceRow, name: (typeof clockNames)[number]) {
  const counts = {
    required: row[`${name}_required`],
    onTime: row[`${name}_on_time`],
    late: row[`${name}_late`],
    overdue: row[`${name}_overdue`],
    pending: row[`${name}_pending`],
  };
  if (counts.onTime + counts.late + counts.overdue + counts.pending !== counts.required) {
    throw new Error(`Compliance: the ${name} statuses do not add up to the reports that need the clock`);
  }
  return counts;
}

function figures(row: ComplianceRow): ComplianceFigures {
  return {
    reports: row.reports,
    lawEnforcement: clock(row, 'le'),
    tribalNotification: clock(row, 'tribe'),
    initialAssessment: clock(row, 'ia'),
    response: clock(row, 'resp'),
    responseSeenOrAttempted: clock(row, 'resp_att'),
    missingEpisodes: row.episodes,
    missingLawEnforcement: clock(row, 'mle'),
    missingNcmec: clock(row, 'mncmec'),
    timeToDecision: { decided: row.decided, medianHours: row.median_hours, p90Hours: row.p90_hours },
  };
}

/** A county's row (the all-counties row has none): the SQL joins the county, so its name and region come with it. */
function countyOf(row: ComplianceRow): CountyCompliance | undefined {
  const { county_code: countyCode, county_name: countyName, region } = row;
  if (countyCode === null) return undefined;
  if (countyName === null || region === null) throw new Error(`Compliance: county ${countyCode} has no name or region`);
  return { countyCode, countyName, region, ...figures(row) };
}

export function assembleComplianceReport(input: {
  period: Period;
  scope: ReportScope;
  asOf: Date;
  rows: readonly ComplianceRow[];
}): ComplianceReport {
  const total = input.rows.find((r) => r.county_code === null);
  if (!total) throw new Error('Compliance: the all-counties row is missing');
  const counties: CountyCompliance[] = input.rows
    .flatMap((r) => countyOf(r) ?? [])
    .sort((x, y) => x.countyName.localeCompare(y.countyName, 'en-US'));
  return {
    period: { from: input.period.from, to: input.period.to },
    scope: input.scope,
    asOf: input.asOf.toISOString(),
    counties,
    total: figures(total),
  };
}
