import { assembleSexTraffickingReport, type SexTraffickingReport } from '@cps/domain';
import { aggregatesFromFacts } from '@cps/domain/testing';
import { loadExample } from '../../test/load-example';
import { createTestApp, type TestContext } from '../../test/test-app';
import { type CaseSpec, countedFacts, toExampleReport } from './testing/case-set';
import { type Auth, adminOf, staffOf } from './testing/staff';

// Edge cases of docs/statistics.md's counting rules, loaded through the API; each period's report is
// compared in full with the domain's slow, obvious oracle, and the subtle cells by hand as well.

const MKE = '55079';
const DANE = '55025';
const child = (key: string, firstName: string, rest: Partial<CaseSpec['children'][number]> = {}) => ({
  key,
  firstName,
  lastName: 'Edgecase',
  ...rest,
});

const specs: CaseSpec[] = [
  // A child in both places: 15 in Milwaukee in February, 16 in Dane in May, both substantiated.
  {
    ref: 'both1',
    countyCode: MKE,
    receivedAt: '2020-02-01T16:00:00.000Z',
    children: [child('b', 'Both', { dateOfBirth: '2004-04-15' })],
    allegations: [{ key: 'a', child: 'b', finding: 'SUBSTANTIATED' }],
  },
  {
    ref: 'both2',
    countyCode: DANE,
    receivedAt: '2020-05-01T16:00:00.000Z',
    children: [child('b2', 'Both', { dateOfBirth: '2004-04-15', sameAs: 'b' })],
    allegations: [{ key: 'a', child: 'b2', finding: 'SUBSTANTIATED' }],
  },
  // Several allegations and reports for one child: unsubstantiated sexual abuse + substantiated neglect, then substantiated, then open.
  {
    ref: 'many1',
    countyCode: DANE,
    receivedAt: '2020-03-01T16:00:00.000Z',
    children: [child('m', 'Many', { dateOfBirth: '2006-06-01', gender: 'MALE' })],
    allegations: [
      { key: 'a', child: 'm', finding: 'UNSUBSTANTIATED' },
      { key: 'n', child: 'm', type: 'NEGLECT', finding: 'SUBSTANTIATED' },
      { key: 'p', child: 'm', type: 'PHYSICAL_ABUSE', sexTrafficking: false, finding: 'SUBSTANTIATED' },
    ],
  },
  {
    ref: 'many2',
    countyCode: DANE,
    receivedAt: '2020-07-01T16:00:00.000Z',
    children: [child('m2', 'Many', { dateOfBirth: '2006-06-01', gender: 'MALE', sameAs: 'm' })],
    allegations: [{ key: 'a', child: 'm2', finding: 'SUBSTANTIATED' }],
  },
  {
    ref: 'many3',
    countyCode: DANE,
    receivedAt: '2020-08-01T16:00:00.000Z',
    children: [child('m3', 'Many', { dateOfBirth: '2006-06-01', gender: 'MALE', sameAs: 'm' })],
    allegations: [{ key: 'a', child: 'm3' }],
  },
  // A change of age group: 12 unsubstantiated, then 13 substantiated: table 10 says 13.
  {
    ref: 'grow1',
    countyCode: MKE,
    receivedAt: '2020-01-10T16:00:00.000Z',
    children: [child('g', 'Grow', { dateOfBirth: '2007-03-01' })],
    allegations: [{ key: 'a', child: 'g', finding: 'UNSUBSTANTIATED' }],
  },
  {
    ref: 'grow2',
    countyCode: MKE,
    receivedAt: '2020-04-10T15:00:00.000Z',
    children: [child('g2', 'Grow', { dateOfBirth: '2007-03-01', sameAs: 'g' })],
    allegations: [{ key: 'a', child: 'g2', finding: 'SUBSTANTIATED' }],
  },
  // Unknown age, and an approximate age.
  {
    ref: 'unknown',
    countyCode: DANE,
    receivedAt: '2020-06-10T16:00:00.000Z',
    children: [
      child('u', 'Unknown', {
        gender: 'UNKNOWN',
        primaryRace: 'UNABLE_TO_DETERMINE',
        hispanicEthnicity: 'NOT_DOCUMENTED',
      }),
    ],
    allegations: [{ key: 'a', child: 'u', finding: 'SUBSTANTIATED' }],
  },
  {
    ref: 'approx',
    countyCode: MKE,
    receivedAt: '2020-06-11T16:00:00.000Z',
    children: [child('x', 'Approx', { approximateAge: 14, primaryRace: 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER' })],
    allegations: [{ key: 'a', child: 'x', finding: 'UNSUBSTANTIATED' }],
  },
  // 23:30 Chicago the evening before the 18th birthday (already the birthday in UTC): 17.
  {
    ref: 'eighteen',
    countyCode: MKE,
    receivedAt: '2020-09-15T04:30:00.000Z',
    children: [child('e', 'Eighteen', { dateOfBirth: '2002-09-15', hispanicEthnicity: 'HISPANIC' })],
    allegations: [{ key: 'a', child: 'e', finding: 'SUBSTANTIATED' }],
  },
  // Each report counts the child as it recorded them: the second records another gender, race, ethnicity and date of birth
  // (11 at the first report by its own record, 13 at the second by the second's).
  {
    ref: 'fix1',
    countyCode: DANE,
    receivedAt: '2020-10-01T16:00:00.000Z',
    children: [child('f', 'Fixed', { dateOfBirth: '2009-01-01', gender: 'MALE' })],
    allegations: [{ key: 'a', child: 'f', finding: 'SUBSTANTIATED' }],
  },
  {
    ref: 'fix2',
    countyCode: DANE,
    receivedAt: '2020-10-20T16:00:00.000Z',
    children: [
      child('f2', 'Fixed', {
        dateOfBirth: '2007-01-01',
        gender: 'FEMALE',
        primaryRace: 'ASIAN',
        hispanicEthnicity: 'HISPANIC',
        sameAs: 'f',
      }),
    ],
    allegations: [{ key: 'a', child: 'f2', finding: 'UNSUBSTANTIATED' }],
  },
  // Not counted: awaiting the supervisor, a draft; a screened-out report counts in no rate.
  {
    ref: 'waiting',
    countyCode: MKE,
    receivedAt: '2020-03-03T16:00:00.000Z',
    stage: 'SUBMITTED',
    children: [child('w', 'Waiting', { dateOfBirth: '2005-01-01' })],
    allegations: [{ key: 'a', child: 'w' }],
  },
  {
    ref: 'draft',
    countyCode: MKE,
    receivedAt: '2020-03-04T16:00:00.000Z',
    stage: 'DRAFT',
    children: [child('d', 'Draft', { dateOfBirth: '2005-01-01' })],
    allegations: [{ key: 'a', child: 'd' }],
  },
  {
    ref: 'out',
    countyCode: MKE,
    receivedAt: '2020-03-05T16:00:00.000Z',
    stage: 'SCREENED_OUT',
    children: [child('o', 'Out', { dateOfBirth: '2005-01-01' })],
    allegations: [{ key: 'a', child: 'o', type: 'PHYSICAL_ABUSE', sexTrafficking: false }],
  },
  // Period edges in Chicago time, across the change to daylight time on Sunday March 8, 2020.
  {
    ref: 'dst-before',
    countyCode: MKE,
    receivedAt: '2020-03-08T05:59:59.999Z',
    children: [child('k1', 'Edge', { dateOfBirth: '2005-05-05' })],
    allegations: [{ key: 'a', child: 'k1' }],
  },
  {
    ref: 'dst-first',
    countyCode: MKE,
    receivedAt: '2020-03-08T06:00:00.000Z',
    children: [child('k2', 'Edge', { dateOfBirth: '2005-05-06' })],
    allegations: [{ key: 'a', child: 'k2' }],
  },
  {
    ref: 'dst-last',
    countyCode: DANE,
    receivedAt: '2020-03-09T04:59:59.999Z',
    children: [child('k3', 'Edge', { dateOfBirth: '2005-05-07' })],
    allegations: [{ key: 'a', child: 'k3' }],
  },
  {
    ref: 'dst-after',
    countyCode: DANE,
    receivedAt: '2020-03-09T05:00:00.000Z',
    children: [child('k4', 'Edge', { dateOfBirth: '2005-05-08' })],
    allegations: [{ key: 'a', child: 'k4' }],
  },
  // February 29 birthdays: on February 28 of a common year the child is not yet a year older.
  {
    ref: 'leap1',
    countyCode: MKE,
    receivedAt: '2021-02-28T18:00:00.000Z',
    children: [child('l1', 'Leap', { dateOfBirth: '2004-02-29' })],
    allegations: [{ key: 'a', child: 'l1', finding: 'SUBSTANTIATED' }],
  },
  {
    ref: 'leap2',
    countyCode: MKE,
    receivedAt: '2021-03-01T18:00:00.000Z',
    children: [child('l2', 'Leapt', { dateOfBirth: '2004-02-29' })],
    allegations: [{ key: 'a', child: 'l2', finding: 'SUBSTANTIATED' }],
  },
];

let ctx: TestContext;
let admin: Auth;
const staff = staffOf(() => ctx);

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await adminOf(ctx);
  await loadExample(ctx, staff, specs.map(toExampleReport));
}, 90_000);
afterAll(() => ctx.close());

const report = async (from: string, to: string) =>
  (await ctx.http().get(`/api/reports/sex-trafficking?from=${from}&to=${to}`).set(admin).expect(200))
    .body as SexTraffickingReport;
const table = (r: SexTraffickingReport, n: number) =>
  Object.fromEntries(
    r.tables[n - 1]!.rows.filter((x) => x.total || x.milwaukee || x.balanceOfState).map((x) => [
      x.label,
      [x.milwaukee, x.balanceOfState, x.total],
    ]),
  );

test.each([
  ['2020-01-01', '2020-12-31'],
  ['2020-03-08', '2020-03-08'],
  ['2020-03-07', '2020-03-09'],
  ['2021-02-28', '2021-03-01'],
  ['2020-05-01', '2020-10-19'],
])('%s – %s: the whole report equals the oracle', async (from, to) => {
  const actual = await report(from, to);
  const st = countedFacts(specs, from, to);
  const oracle = assembleSexTraffickingReport({
    period: { from, to },
    scope: actual.scope,
    generatedAt: new Date(actual.generatedAt),
    aggregates: aggregatesFromFacts(st),
  });
  // the oracle knows only sex trafficking allegations: the rates over all allegations are checked by hand below
  const rates = (r: SexTraffickingReport) => ({
    ...r.summary,
    substantiationRate: r.summary.substantiationRate.sexTrafficking,
  });
  expect({ ...actual, summary: rates(actual) }).toEqual({ ...oracle, summary: rates(oracle) });
});

describe('2020, by hand', () => {
  let r: SexTraffickingReport;
  beforeAll(async () => {
    r = await report('2020-01-01', '2020-12-31');
  });

  test('a child in both places: in both columns, once in the total; age group per column, statewide the earliest', () => {
    expect(r.summary.uniqueChildren).toMatchObject({ milwaukee: 6, balanceOfState: 6, total: 11 });
    expect(table(r, 10)['15']).toEqual([1, 0, 1]); // "Both" at 15 in Milwaukee, statewide too
    expect(table(r, 10)['16']).toEqual([0, 1, 0]); // and at 16 in Dane only
  });

  test('several allegations and reports: each allegation counts, the child once, age at the earliest substantiated', () => {
    // "Many": 2 + 1 + 1 sex trafficking allegations (the physical abuse one is not), 13 years old all year
    expect(table(r, 3).Male).toEqual([0, 5, 5]); // and Fixed's first report
    expect(table(r, 7).Male).toEqual([0, 3, 3]);
    expect(table(r, 9).Male).toEqual([0, 1, 1]); // Fixed counts as female: see below
  });

  test('a change of age group: 10 - 12 then 13; the substantiated one decides table 10', () => {
    expect(table(r, 4)['10 - 12']).toEqual([1, 1, 2]); // Grow at 12; Fixed at 11 by their first report
    expect(table(r, 8)['10 - 12']).toEqual([0, 1, 1]); // Grow's was not substantiated; Fixed's was
    expect(table(r, 10)['13']).toEqual([1, 1, 2]); // Grow (Milwaukee), Many (Dane)
    expect(table(r, 10)['10 - 12']).toEqual([0, 1, 1]); // Fixed: 11 at their substantiated allegation, as that report recorded them
  });

  test('unknown and approximate ages; 17 on the eve of an 18th birthday', () => {
    expect(table(r, 4).Unknown).toEqual([0, 1, 1]);
    // 14: Approx (approximate age, Milwaukee), the four children of March and "Many" from July on (Dane)
    expect(table(r, 4)['14']).toEqual([3, 4, 7]);
    expect(table(r, 8)['17']).toEqual([1, 0, 1]);
  });

  test("each allegation counts the child as its own report recorded them; the children's tables use the latest counted report", () => {
    expect(table(r, 1).Hispanic).toEqual([1, 1, 2]); // Eighteen; Fixed in the second report only
    expect(table(r, 2).Asian).toEqual([0, 1, 1]);
    expect(table(r, 3).Male).toEqual([0, 5, 5]); // Many 4, and Fixed as the first report recorded them
    expect(table(r, 9).Female).toEqual([3, 2, 4]); // Fixed: female in their latest counted report (October 20); Both once in the total
  });

  test("a period that ends before the later report: the earlier report's record decides the children's tables too", async () => {
    const before = await report('2020-10-01', '2020-10-19');
    expect(table(before, 9)).toEqual({ Male: [0, 1, 1] });
  });

  test('drafts, reports awaiting a supervisor and screened-out reports are not counted', () => {
    // both, many, grow, unknown, approx, eighteen, fix, and the four of March 7-9
    expect(r.summary.allegations.total).toBe(2 + 4 + 2 + 1 + 1 + 1 + 2 + 4);
  });

  test('rates over screened-in reports only: the physical abuse allegation counts, the screened-out one does not', () => {
    // 17 sex trafficking allegations (8 substantiated) and "Many"'s substantiated physical abuse
    expect(r.summary.substantiationRate.allAllegations).toBe((8 + 1) / (17 + 1));
    // sexual abuse: the 16 sex trafficking ones that are not "Many"'s neglect, 7 substantiated
    expect(r.summary.substantiationRate.sexualAbuse).toBe(7 / 16);
    expect(r.summary.substantiationRate.sexTrafficking).toBe(8 / 17);
  });
});

test('the day daylight time began (23 hours): from 00:00 CST to 23:59:59.999 CDT', async () => {
  const r = await report('2020-03-08', '2020-03-08');
  expect(r.summary.allegations).toMatchObject({ milwaukee: 1, balanceOfState: 1, total: 2 });
});

test('February 29 birthdays', async () => {
  const r = await report('2021-02-28', '2021-03-01');
  expect(table(r, 8)).toEqual({ '16': [1, 0, 1], '17': [1, 0, 1] });
});
