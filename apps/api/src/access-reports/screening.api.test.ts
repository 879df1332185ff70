import {
  type Body,
  child,
  createReport,
  draftBody,
  maltreater,
  screenIn,
  stAllegation,
  submitReport,
} from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
});
afterAll(() => ctx.close());

const submit = (id: string, body: Body, auth = worker) =>
  ctx.http().post(`/api/access-reports/${id}/submit`).set(auth).send(body);
const decide = (id: string, body: Body, auth = supervisor) =>
  ctx.http().post(`/api/access-reports/${id}/screening-decision`).set(auth).send(body);

describe('POST /api/access-reports/:id/submit', () => {
  it("submits a complete report with the draft's recommendation: AWAITING_SUPERVISOR, version + 1", async () => {
    const report = await createReport(ctx, worker);
    const res = await submit(report.id, { version: 1 }).expect(200);
    expect(res.body).toMatchObject({ status: 'AWAITING_SUPERVISOR', version: 2 });
    expect(res.body.screening.recommendation).toMatchObject({
      decision: 'SCREEN_IN',
      responseTime: 'WITHIN_48_HOURS',
      recommendedBy: { id: expect.any(String) },
    });
    expect(res.body.submittedAt).toBeTruthy();
  });

  it('answers submit and decision with exactly what it stored (equal to a fresh read)', async () => {
    const report = await createReport(ctx, worker);
    const submitted = await submit(report.id, { version: 1 }).expect(200);
    expect((await ctx.http().get(`/api/access-reports/${report.id}`).set(worker)).body).toEqual(submitted.body);
    const decided = await decide(report.id, { version: 2, ...screenIn }).expect(200);
    expect((await ctx.http().get(`/api/access-reports/${report.id}`).set(worker)).body).toEqual(decided.body);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { entityId: report.id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      'report.created',
      'report.submitted',
      'report.read',
      'report.decided',
      'report.read',
    ]);
  });

  it('names every missing field of an incomplete report (400) and changes nothing', async () => {
    const report = await createReport(ctx, worker, {
      countyCode: '55079',
      persons: [child({ gender: null, primaryRace: null, indianChild: 'YES', tribe: null })],
    });
    const res = await submit(report.id, { version: 1 }).expect(400);
    const paths = res.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'receivedAt',
        'reporter.type',
        'narrative',
        'allegations',
        'persons.0.gender',
        'persons.0.primaryRace',
        'persons.0.tribe',
        'recommendation.decision',
        'recommendation.rationale',
      ]),
    );
    expect((await ctx.prisma.accessReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('DRAFT');
  });

  it('needs present danger answered, yes or no, and says so in words (400); then submits', async () => {
    const report = await createReport(ctx, worker, draftBody({ presentDangerThreat: null }));
    const res = await submit(report.id, { version: 1 }).expect(400);
    expect(res.body.issues).toEqual([
      { path: 'presentDangerThreat', message: 'needs an answer, yes or no, to submit' },
    ]);
    expect(res.body.message).toContain('Present danger threat needs an answer');
    expect(res.body.message).not.toContain('presentDangerThreat');
    const answered = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody({ presentDangerThreat: false }), version: 1 })
      .expect(200);
    await submit(report.id, { version: answered.body.version }).expect(200);
  });

  it('needs a reason to screen out and a response time to screen in', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({ allegations: [stAllegation({ descriptors: [] })], recommendation: null }),
    );
    const out = await submit(report.id, {
      version: 1,
      recommendation: { decision: 'SCREEN_OUT', rationale: 'x' },
    }).expect(400);
    expect(out.body.issues.map((i: { path: string }) => i.path)).toEqual(['recommendation.screenOutReason']);
    const inn = await submit(report.id, {
      version: 1,
      recommendation: { decision: 'SCREEN_IN', rationale: 'x' },
    }).expect(400);
    expect(inn.body.issues.map((i: { path: string }) => i.path)).toEqual(['recommendation.responseTime']);
  });

  it.each([
    ['ST-AGE', { persons: [child({ dateOfBirth: '1999-01-01' }), maltreater()] }],
    ['ST-TYPE', { allegations: [stAllegation({ maltreatmentType: 'PHYSICAL_ABUSE' })] }],
    [
      'ST-NEGLECT',
      { allegations: [stAllegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: 'OTHER_CAREGIVER' })] },
    ],
    [
      'ST-INDICATOR',
      {
        allegations: [stAllegation({ descriptors: [] })],
        indicators: [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
      },
    ],
    [
      'ST-SCREEN-IN',
      {
        recommendation: {
          decision: 'SCREEN_OUT',
          screenOutReason: 'NON_CAREGIVER_MALTREATER',
          rationale: 'Not a caregiver.',
        },
      },
    ],
    ['PRESENT-DANGER', { presentDangerThreat: true }],
  ])('refuses at submit with 422 %s', async (rule, overrides) => {
    const report = await createReport(ctx, worker, draftBody(overrides));
    const res = await submit(report.id, { version: 1 }).expect(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      rule,
      message: expect.any(String),
      path: expect.stringMatching(/^(persons|allegations|indicators|recommendation)\b/),
    });
    expect((await ctx.prisma.accessReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('DRAFT');
  });

  it('ST-AGE uses the Chicago date received: the 18th birthday in Chicago is refused, the day before is not', async () => {
    // Received 2021-05-01T03:00Z = April 30, 22:00 in Chicago. Born 2003-05-01: 17 in Chicago, 18 in UTC.
    const seventeen = await createReport(ctx, worker, draftBody({ receivedAt: '2021-05-01T03:00:00.000Z' }));
    await submit(seventeen.id, { version: 1 }).expect(200);
    const eighteen = await createReport(ctx, worker, draftBody({ receivedAt: '2021-05-01T06:00:00.000Z' }));
    const res = await submit(eighteen.id, { version: 1 }).expect(422);
    expect(res.body.rule).toBe('ST-AGE');
  });

  it('allows an unknown age and an unknown maltreater', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({
        persons: [child({ dateOfBirth: null, approximateAge: null })],
        allegations: [stAllegation({ maltreaterKeys: [], maltreaterRelationship: 'UNKNOWN' })],
      }),
    );
    await submit(report.id, { version: 1 }).expect(200);
  });

  it('names the first broken rule in the table order when several fail', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({
        presentDangerThreat: true,
        allegations: [stAllegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: 'NON_CAREGIVER' })],
        recommendation: { decision: 'SCREEN_OUT', screenOutReason: 'NON_CAREGIVER_MALTREATER', rationale: 'x' },
      }),
    );
    expect((await submit(report.id, { version: 1 }).expect(422)).body.rule).toBe('ST-NEGLECT');
  });

  it('TRAINING: a worker without the sex trafficking training may not recommend on such a report', async () => {
    const untrained = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', trainedOn: null });
    const report = await createReport(ctx, untrained.auth);
    expect((await submit(report.id, { version: 1 }, untrained.auth).expect(422)).body.rule).toBe('TRAINING');
    const other = await createReport(
      ctx,
      untrained.auth,
      draftBody({ allegations: [stAllegation({ descriptors: [] })] }),
    );
    await submit(other.id, { version: 1 }, untrained.auth).expect(200);
  });

  it('submitting twice is 409; a stale version is 409', async () => {
    const report = await createReport(ctx, worker);
    await submit(report.id, { version: 1 }).expect(200);
    await submit(report.id, { version: 2 }).expect(409);
    const other = await createReport(ctx, worker);
    await submit(other.id, { version: 7 }).expect(409);
    await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody(), version: 2 })
      .expect(409);
  });
});

describe('POST /api/access-reports/:id/screening-decision', () => {
  it('only supervisors decide (403 for workers)', async () => {
    const report = await submitReport(ctx, worker);
    await decide(report.id, { version: report.version, ...screenIn }, worker).expect(403);
  });

  it('screens in: SCREENED_IN, the decision recorded, decisions are final (409 for a second)', async () => {
    const report = await submitReport(ctx, worker);
    const res = await decide(report.id, { version: report.version, ...screenIn }).expect(200);
    expect(res.body).toMatchObject({
      status: 'SCREENED_IN',
      version: report.version + 1,
      screening: { decision: { decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS' } },
    });
    await decide(report.id, {
      version: res.body.version,
      decision: 'SCREEN_IN',
      responseTime: 'SAME_DAY',
      rationale: 'again',
    }).expect(409);
  });

  it('screens out a report without sex trafficking, with a reason', async () => {
    const report = await submitReport(
      ctx,
      worker,
      draftBody({
        allegations: [
          stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [], maltreaterRelationship: 'NON_CAREGIVER' }),
        ],
        recommendation: {
          decision: 'SCREEN_OUT',
          screenOutReason: 'NON_CAREGIVER_MALTREATER',
          rationale: 'Not a caregiver.',
        },
      }),
    );
    await decide(report.id, { version: report.version, decision: 'SCREEN_OUT', rationale: 'x' }).expect(400);
    const res = await decide(report.id, {
      version: report.version,
      decision: 'SCREEN_OUT',
      screenOutReason: 'NON_CAREGIVER_MALTREATER',
      rationale: 'Not a caregiver.',
    }).expect(200);
    expect(res.body.status).toBe('SCREENED_OUT');
  });

  it.each([
    ['ST-SCREEN-IN', { decision: 'SCREEN_OUT', screenOutReason: 'NON_CAREGIVER_MALTREATER', rationale: 'x' }, {}],
    [
      'PRESENT-DANGER',
      { decision: 'SCREEN_IN', responseTime: 'WITHIN_5_BUSINESS_DAYS', rationale: 'x' },
      { presentDangerThreat: true, recommendation: { ...screenIn, responseTime: 'SAME_DAY' } },
    ],
  ])('refuses a decision with 422 %s', async (rule, decision, overrides) => {
    const report = await submitReport(ctx, worker, draftBody(overrides));
    expect((await decide(report.id, { version: report.version, ...decision }).expect(422)).body.rule).toBe(rule);
  });

  it('TRAINING applies to the deciding supervisor', async () => {
    const untrained = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079', trainedOn: null });
    const report = await submitReport(ctx, worker);
    expect(
      (await decide(report.id, { version: report.version, ...screenIn }, untrained.auth).expect(422)).body.rule,
    ).toBe('TRAINING');
  });

  it('a draft cannot be decided (409)', async () => {
    const report = await createReport(ctx, worker);
    await decide(report.id, { version: 1, ...screenIn }).expect(409);
  });

  it('four simultaneous decisions: one wins, the others 409', async () => {
    const report = await submitReport(ctx, worker);
    const others = await Promise.all([1, 2, 3].map(() => signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })));
    const results = await Promise.all(
      [supervisor, ...others.map((o) => o.auth)].map((auth) =>
        decide(report.id, { version: report.version, ...screenIn }, auth),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await ctx.prisma.screeningDecision.count({ where: { reportId: report.id } })).toBe(1);
  });
});
