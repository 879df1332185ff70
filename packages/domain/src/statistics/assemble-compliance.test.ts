import { assembleComplianceReport, type ComplianceRow } from './assemble-compliance';
import { complianceReportSchema } from './compliance-report.schema';

const none = [0, 0, 0, 0, 0];
const clocks = (
  le: number[],
  tribe: number[],
  ia: number[],
  resp = [1, 0, 1, 0, 0],
  respAtt = [1, 1, 0, 0, 0],
  mle = [2, 1, 0, 1, 0],
  mncmec = [2, 0, 0, 0, 2],
) => {
  const out: Record<string, number> = {};
  for (const [name, v] of [
    ['le', le],
    ['tribe', tribe],
    ['ia', ia],
    ['resp', resp],
    ['resp_att', respAtt],
    ['mle', mle],
    ['mncmec', mncmec],
  ] as const) {
    ['required', 'on_time', 'late', 'overdue', 'pending'].forEach((s, i) => (out[`${name}_${s}`] = v[i]!));
  }
  return out as Omit<
    ComplianceRow,
    'county_code' | 'county_name' | 'region' | 'reports' | 'episodes' | 'decided' | 'median_hours' | 'p90_hours'
  >;
};

const row = (
  county: [string, string, 'MILWAUKEE' | 'BALANCE_OF_STATE'] | null,
  over: Partial<ComplianceRow> = {},
): ComplianceRow => ({
  county_code: county?.[0] ?? null,
  county_name: county?.[1] ?? null,
  region: county?.[2] ?? null,
  reports: 3,
  episodes: 2,
  decided: 2,
  median_hours: 5.5,
  p90_hours: 20.25,
  ...clocks([3, 1, 1, 1, 0], [1, 0, 0, 0, 1], [2, 1, 0, 0, 1]),
  ...over,
});

const input = {
  period: { from: '2019-01-01', to: '2019-12-31' },
  scope: { countyCode: null, countyName: null },
  asOf: new Date('2020-01-02T00:00:00Z'),
};

test('county rows by name, then the all-counties row; every clock adds up', () => {
  const report = assembleComplianceReport({
    ...input,
    rows: [row(['55079', 'Milwaukee', 'MILWAUKEE']), row(null), row(['55001', 'Adams', 'BALANCE_OF_STATE'])],
  });
  expect(complianceReportSchema.parse(report)).toEqual(report);
  expect(report.counties.map((c) => c.countyName)).toEqual(['Adams', 'Milwaukee']);
  expect(report.total).toEqual({
    reports: 3,
    lawEnforcement: { required: 3, onTime: 1, late: 1, overdue: 1, pending: 0 },
    tribalNotification: { required: 1, onTime: 0, late: 0, overdue: 0, pending: 1 },
    initialAssessment: { required: 2, onTime: 1, late: 0, overdue: 0, pending: 1 },
    response: { required: 1, onTime: 0, late: 1, overdue: 0, pending: 0 },
    responseSeenOrAttempted: { required: 1, onTime: 1, late: 0, overdue: 0, pending: 0 },
    missingEpisodes: 2,
    missingLawEnforcement: { required: 2, onTime: 1, late: 0, overdue: 1, pending: 0 },
    missingNcmec: { required: 2, onTime: 0, late: 0, overdue: 0, pending: 2 },
    timeToDecision: { decided: 2, medianHours: 5.5, p90Hours: 20.25 },
  });
  expect(report.asOf).toBe('2020-01-02T00:00:00.000Z');
});

test.each([
  ['statuses that do not add up', [row(null, clocks([3, 1, 1, 0, 0], none, none))], /le statuses/],
  [
    'missing-episode statuses that do not add up',
    [row(null, clocks([0, 0, 0, 0, 0], none, none, none, none, [2, 1, 0, 0, 0]))],
    /mle statuses/,
  ],
  ['no all-counties row', [row(['55079', 'Milwaukee', 'MILWAUKEE'])], /all-counties row/],
])('refuses %s', (_name, rows, message) => {
  expect(() => assembleComplianceReport({ ...input, rows })).toThrow(message);
});
