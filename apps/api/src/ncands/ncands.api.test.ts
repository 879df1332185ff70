import { Client } from 'pg';
import { loadExample } from '../../test/load-example';
import { asOwner, createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { type CaseSpec, toExampleReport } from '../statistics/testing/case-set';
import { type Auth, adminOf, staffOf } from '../statistics/testing/staff';

// The NCANDS Child File through HTTP against hand-worked records (docs/statistics.md). Reports are
// loaded through the API; their findings' times are then set as the owner would find them in a
// database of past years (a finding is recorded "now" by the API).

const MKE = '55079';
const DANE = '55025';
const child = (key: string, firstName: string, rest: Partial<CaseSpec['children'][number]> = {}) => ({
  key,
  firstName,
  lastName: 'Federal',
  ...rest,
});

const specs: CaseSpec[] = [
  // Two types for one child: sexual abuse with the sex trafficking descriptor (substantiated) and
  // neglect with it too (unsubstantiated), plus plain neglect (unsubstantiated): codes 2 and 7.
  {
    ref: 'two',
    countyCode: MKE,
    receivedAt: '2018-02-08T20:30:00.000Z', // Thursday 14:30 in Chicago
    children: [child('t', 'Twotypes', { dateOfBirth: '2002-02-09', primaryRace: 'BLACK_AFRICAN_AMERICAN' })],
    allegations: [
      { key: 'a', child: 't', type: 'SEXUAL_ABUSE', finding: 'SUBSTANTIATED' },
      { key: 'n', child: 't', type: 'NEGLECT', sexTrafficking: false, finding: 'UNSUBSTANTIATED' },
    ],
  },
  // Sex trafficking on neglect, unsubstantiated; an approximate age; race not documented (flagged).
  {
    ref: 'neglect',
    countyCode: DANE,
    receivedAt: '2018-05-02T15:00:00.000Z',
    children: [
      child('g', 'Onneglect', {
        dateOfBirth: null,
        approximateAge: 14,
        gender: 'MALE',
        primaryRace: 'UNABLE_TO_DETERMINE',
        hispanicEthnicity: 'HISPANIC',
      }),
    ],
    allegations: [{ key: 'a', child: 'g', type: 'NEGLECT', finding: 'UNSUBSTANTIATED' }],
  },
  // Its last finding is recorded after the fiscal year: in fiscal year 2019's file, not 2018's.
  {
    ref: 'late',
    countyCode: MKE,
    receivedAt: '2018-08-20T15:00:00.000Z',
    children: [child('l', 'Latefinding', { dateOfBirth: '2003-01-01' })],
    allegations: [
      { key: 'a', child: 'l', finding: 'SUBSTANTIATED' },
      { key: 'b', child: 'l', type: 'NEGLECT', finding: 'UNSUBSTANTIATED' },
    ],
  },
  // An allegation still without a finding: in no year's file.
  {
    ref: 'open',
    countyCode: MKE,
    receivedAt: '2018-03-01T15:00:00.000Z',
    children: [child('o', 'Openfinding', { dateOfBirth: '2004-01-01' })],
    allegations: [
      { key: 'a', child: 'o', finding: 'SUBSTANTIATED' },
      { key: 'b', child: 'o', type: 'NEGLECT' },
    ],
  },
  // Screened out: never disposed of by findings.
  {
    ref: 'out',
    countyCode: MKE,
    receivedAt: '2018-03-01T15:00:00.000Z',
    children: [child('s', 'Screenedout', { dateOfBirth: '2004-01-01' })],
    allegations: [{ key: 'a', child: 's', type: 'NEGLECT', sexTrafficking: false }],
    stage: 'SCREENED_OUT',
  },
];

/** When each allegation's finding was recorded: report ref → allegation key → instant. */
const findingTimes: Record<string, Record<string, string>> = {
  two: { a: '2018-03-01T17:00:00.000Z', n: '2018-03-03T17:00:00.000Z' },
  neglect: { a: '2018-06-01T17:00:00.000Z' },
  // 00:30 on October 1 in Chicago (05:30 UTC): after fiscal year 2018.
  late: { a: '2018-09-10T17:00:00.000Z', b: '2018-10-01T05:30:00.000Z' },
  open: { a: '2018-04-01T17:00:00.000Z' },
};

let ctx: TestContext;
let admin: Auth;
const ids: Record<string, { reportNumber: string; childId: string }> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await adminOf(ctx);
  const staff = staffOf(() => ctx);
  const loaded = await loadExample(ctx, staff, specs.map(toExampleReport));
  const owner = new Client({ connectionString: asOwner(ctx.url) });
  await owner.connect();
  try {
    for (const { ref, id } of loaded) {
      const report = await ctx.prisma.accessReport.findUniqueOrThrow({
        where: { id },
        include: { allegations: true },
      });
      const childId = report.allegations[0]?.childId;
      if (!childId) throw new Error(`${ref}: no child`);
      ids[ref] = { reportNumber: report.reportNumber, childId };
      for (const [key, at] of Object.entries(findingTimes[ref] ?? {})) {
        const allegation = report.allegations.find((a) => a.key === key);
        const { rowCount } = await owner.query('UPDATE findings SET recorded_at = $1 WHERE allegation_id = $2', [
          at,
          allegation?.id,
        ]);
        if (rowCount !== 1) throw new Error(`${ref}/${key}: no finding`);
      }
    }
  } finally {
    await owner.end();
  }
}, 120_000);
afterAll(() => ctx.close());

const csvOf = (fiscalYear: string) =>
  ctx.http().get(`/api/reports/ncands-child-file.csv?fiscalYear=${fiscalYear}`).set(admin);

describe('GET /api/reports/ncands-child-file.csv', () => {
  it('fiscal year 2018: the hand-worked records, in report-number order, the same bytes on a re-run', async () => {
    const response = await csvOf('2018').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="ncands-child-file-wi-fy2018.csv"');
    const two = ids.two;
    const neglect = ids.neglect;
    const header =
      'SubYr,StaTerr,RptID,ChID,RptCnty,RptDt,RptSrc,RptDisp,RpDispDt,ChAge,ChSex,ChRacAI,ChRacAs,ChRacBl,ChRacNH,ChRacWh,ChRacUD,CEthn,ChMal1,ChMal2,ChMal3,ChMal4,Mal1Lev,Mal2Lev,Mal3Lev,Mal4Lev';
    // Dane's number (2018-025-…) sorts before Milwaukee's (2018-079-…).
    expect(response.text).toBe(
      [
        header,
        `2018,WI,${neglect?.reportNumber},${neglect?.childId},025,05022018,5,5,06012018,14,1,2,2,2,2,2,1,1,7,,,,5,,,`,
        `2018,WI,${two?.reportNumber},${two?.childId},079,02082018,5,1,03032018,15,2,2,2,1,2,2,2,2,2,7,,,5,1,,`,
        '',
      ].join('\r\n'),
    );
    expect((await csvOf('2018').expect(200)).text).toBe(response.text);
  });

  it('a finding after the fiscal year puts the child in the next year', async () => {
    const response = await csvOf('2019').expect(200);
    const lines = response.text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${ids.late?.reportNumber},${ids.late?.childId},079,08202018,5,1,10012018,15,`);
  });

  it('an empty year is refused as a file, in words', async () => {
    const response = await csvOf('2016').expect(422);
    expect(response.body.message).toMatch(/No child had a disposition in fiscal year 2016/);
  });

  it('names the field in words on bad input', async () => {
    for (const bad of ['', 'abc', '18', '2101']) {
      const response = await csvOf(bad).expect(400);
      expect(response.body.message).toMatch(/^Fiscal year /);
    }
  });
});

describe('GET /api/reports/ncands-child-file/validation', () => {
  it('lists the flagged records with their report numbers', async () => {
    const response = await ctx
      .http()
      .get('/api/reports/ncands-child-file/validation?fiscalYear=2018')
      .set(admin)
      .expect(200);
    expect(response.body).toEqual({
      fiscalYear: 2018,
      from: '2017-10-01',
      to: '2018-09-30',
      records: 2,
      flagged: [
        {
          reportNumber: ids.neglect?.reportNumber,
          childId: ids.neglect?.childId,
          field: 'ChRacUD',
          problem: 'The child’s race is not documented',
        },
      ],
      problems: [],
    });
  });

  it('an empty year is a problem, not an empty success', async () => {
    const response = await ctx
      .http()
      .get('/api/reports/ncands-child-file/validation?fiscalYear=2016')
      .set(admin)
      .expect(200);
    expect(response.body.records).toBe(0);
    expect(response.body.problems).toHaveLength(1);
  });

  it('is for admins only, and every request is a statistics event with its fiscal year', async () => {
    for (const role of ['SUPERVISOR', 'ACCESS_WORKER'] as const) {
      const { auth } = await signedIn(ctx, { role, countyCode: MKE });
      await ctx.http().get('/api/reports/ncands-child-file/validation?fiscalYear=2018').set(auth).expect(403);
      await ctx.http().get('/api/reports/ncands-child-file.csv?fiscalYear=2018').set(auth).expect(403);
    }
    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'statistics.requested', entityId: { startsWith: 'ncands' } },
    });
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.map((e) => (e.details as { fiscalYear: number }).fiscalYear)).toEqual(
      expect.arrayContaining([2016, 2018, 2019]),
    );
  });
});
