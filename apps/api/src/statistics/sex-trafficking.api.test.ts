import {
  type CountySexTraffickingReport,
  countySexTraffickingReportSchema,
  locations,
  type SexTraffickingReport,
} from '@cps/domain';
import { loadExample, readExample } from '../../test/load-example';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { type Auth, adminOf, staffOf } from './testing/staff';

// The spec's case set (reports-example.json) loaded through the API as workers and supervisors,
// then every cell, total and rate of its hand-worked `expected` compared with the endpoint.

type Expected = {
  period: { from: string; to: string };
  summary: Record<string, Record<string, number>>;
  tables: Record<string, Record<string, [number, number, number]>>;
};

let ctx: TestContext;
let admin: Auth;
const staff = staffOf(() => ctx);
const expected = readExample().expected as unknown as Expected;
const path = `/api/reports/sex-trafficking?from=${expected.period.from}&to=${expected.period.to}`;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await adminOf(ctx);
  await loadExample(ctx, staff);
}, 60_000);
afterAll(() => ctx.close());

const get = async (auth: Auth, url = path) =>
  (await ctx.http().get(url).set(auth).expect(200)).body as SexTraffickingReport;

describe('the example, statewide (admin)', () => {
  let report: SexTraffickingReport;
  beforeAll(async () => {
    report = await get(admin);
  });

  test('period, scope and summary counts', () => {
    expect(report.period).toEqual(expected.period);
    expect(report.scope).toEqual({ countyCode: null, countyName: null });
    expect(report.suppressed).toBe(false);
    for (const key of ['allegations', 'uniqueChildren', 'substantiated', 'substantiatedUniqueChildren'] as const) {
      expect({ key, ...report.summary[key] }).toEqual({ key, ...expected.summary[key], suppressed: false });
    }
  });

  test('substantiation rates, at full precision', () => {
    expect(report.summary.substantiationRate).toEqual(expected.summary.substantiationRate);
  });

  test('ten tables, numbered and titled, every row in order', () => {
    expect(report.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // docs/statistics.md's order (the JSON file's keys cannot carry it: "13" sorts before "<1 - 5" in an object)
    const ethnicity = ['Hispanic', 'Not Hispanic or Not Documented'];
    const race = [
      'White',
      'African American',
      'American Indian / Alaskan Native',
      'Asian',
      'Native Hawaiian / Other Pacific Islander',
      'Unable to Determine / Not Documented',
    ];
    const gender = ['Female', 'Male', 'Unknown'];
    const age = ['<1 - 5', '6 - 9', '10 - 12', '13', '14', '15', '16', '17', 'Unknown'];
    expect(report.tables.map((t) => t.rows.map((r) => r.label))).toEqual([
      ethnicity,
      race,
      gender,
      age,
      ethnicity,
      race,
      gender,
      age,
      gender,
      age,
    ]);
    for (const table of report.tables)
      expect(table.rows.map((r) => r.label).sort()).toEqual(Object.keys(expected.tables[table.number]!).sort());
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('table %i: every cell, total and share', (n) => {
    const table = report.tables.find((t) => t.number === n)!;
    const cells = expected.tables[n]!;
    for (const row of table.rows) {
      expect({ row: row.label, cells: [row.milwaukee, row.balanceOfState, row.total] }).toEqual({
        row: row.label,
        cells: cells[row.label],
      });
    }
    const sums = locations.map((_, i) => Object.values(cells).reduce((s, c) => s + c[i]!, 0));
    expect([table.totals.milwaukee, table.totals.balanceOfState, table.totals.total]).toEqual(sums);
    for (const row of table.rows) expect(row.percentOfTotal).toBe(sums[2] === 0 ? 0 : (row.total! / sums[2]!) * 100);
    expect(table.percentByLocation).toEqual({
      milwaukee: (sums[0]! / sums[2]!) * 100,
      balanceOfState: (sums[1]! / sums[2]!) * 100,
    });
  });

  test('table totals are the summary', () => {
    const totals = (n: number) => report.tables.find((t) => t.number === n)!.totals;
    for (const n of [1, 2, 3, 4]) expect(totals(n)).toEqual(report.summary.allegations);
    for (const n of [5, 6, 7, 8]) expect(totals(n)).toEqual(report.summary.substantiated);
    for (const n of [9, 10]) expect(totals(n)).toEqual(report.summary.substantiatedUniqueChildren);
  });
});

describe('who may read it', () => {
  test('anonymous 401, access worker 403', async () => {
    await ctx.http().get(path).expect(401);
    await ctx.http().get(path.replace('sex-trafficking', 'sex-trafficking.csv')).expect(401);
    await ctx.http().get(path.replace('sex-trafficking', 'compliance')).expect(401);
    const worker = (await staff('55079')).worker;
    const res = await ctx.http().get(path).set(worker).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    await ctx.http().get(path.replace('sex-trafficking', 'sex-trafficking.csv')).set(worker).expect(403);
    await ctx.http().get(path.replace('sex-trafficking', 'compliance')).set(worker).expect(403);
  });

  test('a supervisor gets one column, their county (Dane: r2 and r3): no Milwaukee, balance of state or Wisconsin', async () => {
    const report = (await get((await staff('55025')).supervisor)) as unknown as CountySexTraffickingReport;
    expect(countySexTraffickingReportSchema.strict().safeParse(report).success).toBe(true);
    expect(report.scope).toEqual({ countyCode: '55025', countyName: 'Dane' });
    expect(report.summary.allegations).toEqual({ county: 3, suppressed: false });
    expect(report.summary.uniqueChildren).toEqual({ county: 1, suppressed: false });
    expect(report.summary.substantiated).toEqual({ county: 2, suppressed: false });
    expect(report.summary.substantiatedUniqueChildren).toEqual({ county: 1, suppressed: false });
    // Dane's screened-in allegations: a2 and a4 (sexual abuse, one substantiated), a3 (neglect, substantiated)
    expect(report.summary.substantiationRate).toEqual({
      sexTrafficking: 2 / 3,
      allAllegations: 2 / 3,
      sexualAbuse: 1 / 2,
    });
    const age = report.tables.find((t) => t.number === 10)!;
    expect(age.rows.filter((r) => r.county! > 0).map((r) => [r.label, r.county])).toEqual([['13', 1]]);
    expect(age.title).toBe('Dane County Child Sex Trafficking Substantiated Unique Children, by Child Age at Report');
    expect(report.tables).toHaveLength(10);
    expect(JSON.stringify(report)).not.toMatch(/milwaukee|balanceOfState|"total"|Wisconsin/i);
  });

  test('a Milwaukee supervisor sees only Milwaukee, in one column', async () => {
    const report = (await get((await staff('55079')).supervisor)) as unknown as CountySexTraffickingReport;
    expect(report.scope).toEqual({ countyCode: '55079', countyName: 'Milwaukee' });
    expect(report.summary.allegations).toEqual({ county: expected.summary.allegations!.milwaukee, suppressed: false });
    const statewide = await get(admin);
    for (const [i, table] of report.tables.entries())
      expect(table.rows.map((r) => r.county)).toEqual(statewide.tables[i]!.rows.map((r) => r.milwaukee));
  });

  test('a supervisor of a county with no reports gets zeros, rows included', async () => {
    const { auth } = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55001' });
    const report = (await get(auth)) as unknown as CountySexTraffickingReport;
    expect(report.scope.countyName).toBe('Adams');
    expect(report.summary.allegations).toEqual({ county: 0, suppressed: false });
    expect(report.tables.map((t) => t.rows.length)).toEqual([2, 6, 3, 9, 2, 6, 3, 9, 3, 9]);
    expect(report.summary.substantiationRate).toEqual({
      sexTrafficking: null,
      allAllegations: null,
      sexualAbuse: null,
    });
  });
});

describe('the period: required, real dates, from ≤ to; 400 naming the field', () => {
  test.each([
    ['', 'from'],
    ['?to=2019-12-31', 'from'],
    ['?from=2019-01-01', 'to'],
    ['?from=2019-13-01&to=2019-12-31', 'from'],
    ['?from=2019-01-01&to=2019-02-30', 'to'],
    ['?from=01/01/2019&to=2019-12-31', 'from'],
    ['?from=2020-01-01&to=2019-12-31', 'to'],
    ['?from=2019-01-01&to=2019-12-31&suppress=maybe', 'suppress'],
    ['?from=0001-01-01&to=2019-12-31', 'from'],
  ])('%s → 400 on %s', async (query, field) => {
    for (const endpoint of ['sex-trafficking', 'sex-trafficking.csv', 'compliance']) {
      if (field === 'suppress' && endpoint === 'compliance') continue;
      const res = await ctx.http().get(`/api/reports/${endpoint}${query}`).set(admin).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(res.body.issues[0].path).toBe(field);
      expect(res.body.message).toMatch(
        new RegExp(`^${{ from: 'Start date \\(from\\)', to: 'End date \\(to\\)', suppress: 'Suppress' }[field]} `),
      ); // the field in words
    }
  });

  test('one day, and a period with nothing in it, are fine', async () => {
    const day = await get(admin, '/api/reports/sex-trafficking?from=2019-03-10&to=2019-03-10');
    expect(day.summary.allegations.total).toBe(2); // r2 at 10:00 Chicago
    const empty = await get(admin, '/api/reports/sex-trafficking?from=1990-01-01&to=1990-12-31');
    expect(empty.summary.allegations.total).toBe(0);
  });
});

describe('the OpenAPI document describes the reports', () => {
  test('paths, query parameters and response schemas', async () => {
    const doc = (await ctx.http().get('/api/docs-json').expect(200)).body;
    for (const p of ['/api/reports/sex-trafficking', '/api/reports/sex-trafficking.csv', '/api/reports/compliance'])
      expect(doc.paths[p]?.get).toBeDefined();
    const get = doc.paths['/api/reports/sex-trafficking'].get;
    expect(get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['from', 'suppress', 'to']);
    expect(JSON.stringify(get.responses['200'])).toMatch(/SexTraffickingReport/);
    expect(JSON.stringify(doc.components.schemas)).toMatch(/percentOfTotal/);
  });
});
