import { assembleSexTraffickingReport, type SexTraffickingReport } from '@cps/domain';
import { aggregatesFromFacts, seededRandom } from '@cps/domain/testing';
import { loadExample } from '../../test/load-example';
import { createTestApp, type TestContext } from '../../test/test-app';
import { type AllegationSpec, type CaseSpec, type ChildSpec, countedFacts, toExampleReport } from './testing/case-set';
import { type Auth, adminOf, staffOf } from './testing/staff';
import { expectStatisticsInStep } from './testing/statistics-drift';

// A random case set (fixed seed) through the API: children seen again in other reports and
// counties (sometimes recorded differently), several allegations each, open and decided findings, every stage. The SQL's report
// must equal the domain oracle's for several periods.

const random = seededRandom(2018);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const counties = ['55079', '55079', '55025', '55009'];
const genders = ['FEMALE', 'FEMALE', 'MALE', 'UNKNOWN'] as const;
const races = [
  'WHITE',
  'BLACK_AFRICAN_AMERICAN',
  'AMERICAN_INDIAN_ALASKA_NATIVE',
  'ASIAN',
  'NATIVE_HAWAIIAN_PACIFIC_ISLANDER',
  'UNABLE_TO_DETERMINE',
] as const;
const ethnicities = ['HISPANIC', 'NOT_HISPANIC', 'NOT_DOCUMENTED'] as const;
const findings = ['SUBSTANTIATED', 'UNSUBSTANTIATED', undefined] as const;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Child = Omit<ChildSpec, 'key' | 'sameAs'> & { lastKey?: string };
const children: Child[] = Array.from({ length: 12 }, (_, i) => ({
  firstName: `Rand${String.fromCharCode(65 + i)}`,
  lastName: 'Randomcase',
  // born 2005-2020, so under 18 all through 2022; a few with only an approximate age, or none
  dateOfBirth: i % 5 === 4 ? null : day(Date.UTC(2005, 0, 1) + Math.floor(random() * 16 * 365) * 86_400_000),
  gender: pick(genders),
  primaryRace: pick(races),
  hispanicEthnicity: pick(ethnicities),
}));

const start = Date.UTC(2022, 0, 1, 6);
const specs: CaseSpec[] = Array.from({ length: 28 }, (_, r) => {
  const ref = `r${r}`;
  const inReport = [...new Set([pick(children), pick(children)])].slice(0, 1 + Math.floor(random() * 2));
  const kids = inReport.map((c, i) => {
    const key = `${ref}c${i}`;
    // A later report may record a child differently (a correction, another caller's account): each report keeps its own.
    if (c.lastKey && random() < 0.35)
      Object.assign(c, { gender: pick(genders), primaryRace: pick(races), hispanicEthnicity: pick(ethnicities) });
    const spec: ChildSpec = {
      key,
      ...c,
      approximateAge: c.dateOfBirth ? null : pick([null, 3, 9, 14, 17]),
      ...(c.lastKey ? { sameAs: c.lastKey } : {}),
    };
    delete (spec as Child).lastKey;
    return { c, spec };
  });
  const allegations: AllegationSpec[] = kids.flatMap(({ spec }, i) => [
    { key: `a${i}`, child: spec.key, finding: pick(findings) },
    ...(random() < 0.3 ? [{ key: `n${i}`, child: spec.key, type: 'NEGLECT' as const, finding: pick(findings) }] : []),
    ...(random() < 0.3
      ? [
          {
            key: `p${i}`,
            child: spec.key,
            type: 'PHYSICAL_ABUSE' as const,
            sexTrafficking: false,
            finding: pick(findings),
          },
        ]
      : []),
  ]);
  const stage = pick(['DECIDED', 'DECIDED', 'DECIDED', 'DECIDED', 'SUBMITTED', 'DRAFT'] as const);
  // received in order through 2022 (sometimes right at a Chicago midnight), so that links by search find earlier reports
  const receivedAt = new Date(
    start + r * 12 * 86_400_000 + (random() < 0.2 ? 0 : Math.floor(random() * 86_400_000)),
  ).toISOString();
  // Search by date of birth needs one (an empty `dateOfBirth=` is refused): a child without one is not linked again.
  for (const { c, spec } of kids) if (c.dateOfBirth) c.lastKey = spec.key;
  return { ref, countyCode: pick(counties), receivedAt, stage, children: kids.map((k) => k.spec), allegations };
});

let ctx: TestContext;
let admin: Auth;
const staff = staffOf(() => ctx);

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await adminOf(ctx);
  await loadExample(ctx, staff, specs.map(toExampleReport));
}, 120_000);
afterAll(() => ctx.close());

test('report_statistics, which the report reads, is in step with the reports, findings and people it copies', async () => {
  expect(await expectStatisticsInStep(ctx.prisma)).toBeGreaterThan(10);
});

test.each([
  ['2022-01-01', '2022-12-31'],
  ['2022-02-01', '2022-06-30'],
  ['2022-06-13', '2022-09-30'],
])('%s – %s: equals the oracle, cell for cell', async (from, to) => {
  const actual = (await ctx.http().get(`/api/reports/sex-trafficking?from=${from}&to=${to}`).set(admin).expect(200))
    .body as SexTraffickingReport;
  const oracle = assembleSexTraffickingReport({
    period: { from, to },
    scope: actual.scope,
    generatedAt: new Date(actual.generatedAt),
    aggregates: aggregatesFromFacts(countedFacts(specs, from, to)),
  });
  const withoutOtherRates = (r: SexTraffickingReport) => ({
    ...r,
    summary: { ...r.summary, substantiationRate: r.summary.substantiationRate.sexTrafficking },
  });
  expect(withoutOtherRates(actual)).toEqual(withoutOtherRates(oracle));
  expect(actual.summary.allegations.total).toBeGreaterThan(0);
});
