import type { SexTraffickingReport } from '@cps/domain';
import {
  type Body,
  child,
  createReport,
  draftBody,
  maltreater,
  screenedIn,
  screenIn,
  stAllegation,
  submitReport,
} from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// Duplicate reports through HTTP: rule DUPLICATE-OF at submit and decision, the duplicate
// exception of ST-SCREEN-IN and its limit, the original listing its duplicates, the draft's
// autosave of the original, and the DCF tables counting the child once.

type Auth = { Authorization: string };
let ctx: TestContext;
let worker: Auth;
let supervisor: Auth;
let daneWorker: Auth;
let daneSupervisor: Auth;
let admin: Auth;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
  daneWorker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' })).auth;
  daneSupervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' })).auth;
  admin = (await signedIn(ctx, { role: 'ADMIN', countyCode: null })).auth;
});
afterAll(() => ctx.close());

const get = async (id: string, auth = worker) =>
  (await ctx.http().get(`/api/access-reports/${id}`).set(auth).expect(200)).body;
const submit = (id: string, body: Body, auth = worker) =>
  ctx.http().post(`/api/access-reports/${id}/submit`).set(auth).send(body);
const decide = (id: string, body: Body, auth = supervisor) =>
  ctx.http().post(`/api/access-reports/${id}/screening-decision`).set(auth).send(body);

const asDuplicateOf = (duplicateOfReportId: string | null) => ({
  decision: 'SCREEN_OUT',
  screenOutReason: 'DUPLICATE_REPORT',
  duplicateOfReportId,
  rationale: 'The same events as the first call.',
});

/** The child of a report, as a later report links it (same person id). */
const childOf = (report: { persons: { personId: string; roles: string[] }[] }) => {
  const found = report.persons.find((p) => p.roles.includes('CHILD'));
  if (!found) throw new Error('no child');
  return found.personId;
};

/** A second call about the child of `original`, linked; a sex trafficking allegation unless `st` is false. */
function secondCall(original: { persons: { personId: string; roles: string[] }[] }, { st = true } = {}) {
  return draftBody({
    narrative: 'A neighbor called about the same youth and the same man at the motel.',
    persons: [child({ personId: childOf(original) }), maltreater()],
    allegations: [stAllegation(st ? {} : { descriptors: [] })],
  });
}

const noSexTrafficking = draftBody({ allegations: [stAllegation({ descriptors: [] })] });

describe('a duplicate screened out, the original listing it', () => {
  it('submit recommending a duplicate, then the decision: the original lists it with its narrative', async () => {
    const original = await screenedIn(ctx, worker, supervisor);
    const second = await createReport(ctx, worker, secondCall(original));
    const submitted = await submit(second.id, {
      version: second.version,
      recommendation: asDuplicateOf(original.id),
    }).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'AWAITING_SUPERVISOR',
      duplicateOf: { id: original.id, reportNumber: original.reportNumber },
      recommendation: { screenOutReason: 'DUPLICATE_REPORT', duplicateOfReportId: original.id },
      computed: { mustScreenIn: false, violations: [] },
    });
    expect(await get(second.id)).toEqual(submitted.body);

    // While it awaits the supervisor, the original lists it (recommended so).
    const awaiting = await get(original.id);
    expect(awaiting.duplicates).toEqual([
      {
        id: second.id,
        reportNumber: second.reportNumber,
        receivedAt: second.receivedAt,
        status: 'AWAITING_SUPERVISOR',
        narrative: 'A neighbor called about the same youth and the same man at the motel.',
      },
    ]);

    const decided = await decide(second.id, { version: submitted.body.version, ...asDuplicateOf(original.id) }).expect(
      200,
    );
    expect(decided.body).toMatchObject({
      status: 'SCREENED_OUT',
      duplicateOf: { id: original.id, reportNumber: original.reportNumber },
      screening: { decision: { screenOutReason: 'DUPLICATE_REPORT', duplicateOfReportId: original.id } },
    });
    expect(await get(second.id)).toEqual(decided.body);
    const after = await get(original.id);
    expect(after.duplicates).toEqual([expect.objectContaining({ id: second.id, status: 'SCREENED_OUT' })]);
    // Listing a duplicate is a change to the original: a new version and an event at submit and at decision.
    expect(awaiting.version).toBe(original.version + 1);
    expect(after.version).toBe(original.version + 2);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { reportId: original.id, action: 'report.duplicates_changed' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => [e.entityId, e.details])).toEqual([
      [original.id, { duplicateReportId: second.id }],
      [original.id, { duplicateReportId: second.id }],
    ]);
    expect(await ctx.prisma.screeningDecision.findUnique({ where: { reportId: second.id } })).toMatchObject({
      duplicateOfId: original.id,
    });
  });

  it('an original awaiting its supervisor will do; the supervisor may name the duplicate when the worker did not', async () => {
    const original = await submitReport(ctx, worker, noSexTrafficking);
    const second = await submitReport(ctx, worker, { ...secondCall(original, { st: false }) });
    expect(second.duplicateOf).toBeNull();
    const decided = await decide(second.id, { version: second.version, ...asDuplicateOf(original.id) }).expect(200);
    expect(decided.body.duplicateOf).toEqual({ id: original.id, reportNumber: original.reportNumber });
    expect((await get(original.id)).duplicates.map((d: { id: string }) => d.id)).toEqual([second.id]);
  });

  it('the supervisor may name another original than recommended: each original changes (version, event)', async () => {
    const a = await screenedIn(ctx, worker, supervisor);
    const b = await screenedIn(ctx, worker, supervisor, secondCall(a));
    const second = await createReport(ctx, worker, secondCall(a));
    const submitted = (await submit(second.id, { version: 1, recommendation: asDuplicateOf(a.id) }).expect(200)).body;
    expect((await get(a.id)).duplicates.map((d: { id: string }) => d.id)).toEqual([second.id]);
    await decide(second.id, { version: submitted.version, ...asDuplicateOf(b.id) }).expect(200);
    const [afterA, afterB] = [await get(a.id), await get(b.id)];
    expect(afterA.duplicates).toEqual([]);
    expect(afterB.duplicates.map((d: { id: string }) => d.id)).toEqual([second.id]);
    expect(afterA.version).toBe(a.version + 2);
    expect(afterB.version).toBe(b.version + 1);
  });

  it('the original is kept only with a screen-out as a duplicate (a screen-in drops it)', async () => {
    const original = await screenedIn(ctx, worker, supervisor);
    const second = await submitReport(ctx, worker, secondCall(original));
    const res = await decide(second.id, { version: second.version, ...screenIn, duplicateOfReportId: original.id });
    expect(res.status).toBe(200);
    expect(res.body.screening.decision.duplicateOfReportId).toBeNull();
    expect(res.body.duplicateOf).toBeNull();
    const after = await get(original.id);
    expect(after.duplicates).toEqual([]);
    expect(after.version).toBe(original.version); // never listed it: unchanged
  });
});

describe('DUPLICATE-OF refuses (422), at submit and at decision', () => {
  const refusals: [string, () => Promise<string>, Body?][] = [
    ['a report that does not exist', async () => '00000000-0000-4000-8000-00000000dead'],
    ['a draft', async () => (await createReport(ctx, worker)).id],
    [
      'a screened-out report',
      async () => {
        const r = await submitReport(ctx, worker, noSexTrafficking);
        await decide(r.id, {
          version: r.version,
          decision: 'SCREEN_OUT',
          screenOutReason: 'DOES_NOT_MEET_DEFINITION',
          rationale: 'x',
        }).expect(200);
        return r.id;
      },
    ],
    [
      'a discarded draft',
      async () => {
        const r = await createReport(ctx, worker);
        await ctx.prisma.accessReport.update({ where: { id: r.id }, data: { status: 'DISCARDED' } });
        return r.id;
      },
    ],
    ['a report about another child', async () => (await screenedIn(ctx, worker, supervisor)).id],
  ];

  it.each(refusals)('submit naming %s', async (_name, originalId) => {
    const id = await originalId();
    const other = await screenedIn(ctx, worker, supervisor);
    const second = await createReport(ctx, worker, secondCall(other, { st: false }));
    const res = await submit(second.id, { version: 1, recommendation: asDuplicateOf(id) }).expect(422);
    expect(res.body).toMatchObject({ rule: 'DUPLICATE-OF' });
    expect((await get(second.id)).status).toBe('DRAFT');
  });

  it.each(refusals)('decision naming %s', async (_name, originalId) => {
    const id = await originalId();
    const other = await screenedIn(ctx, worker, supervisor);
    const second = await submitReport(ctx, worker, secondCall(other, { st: false }));
    const res = await decide(second.id, { version: second.version, ...asDuplicateOf(id) }).expect(422);
    expect(res.body).toMatchObject({ rule: 'DUPLICATE-OF' });
    expect((await get(second.id)).status).toBe('AWAITING_SUPERVISOR');
  });

  it('itself', async () => {
    const second = await submitReport(ctx, worker, noSexTrafficking);
    const res = await decide(second.id, { version: second.version, ...asDuplicateOf(second.id) }).expect(422);
    expect(res.body.rule).toBe('DUPLICATE-OF');
    expect(res.body.message).toMatch(/itself/);
  });

  it("another county's report: answered exactly as a report that does not exist", async () => {
    const dane = await screenedIn(
      ctx,
      daneWorker,
      daneSupervisor,
      draftBody({ countyCode: '55025', allegations: [stAllegation({ descriptors: [] })] }),
    );
    const second = await createReport(ctx, worker, secondCall(dane, { st: false }));
    const theirs = await submit(second.id, { version: 1, recommendation: asDuplicateOf(dane.id) }).expect(422);
    const none = await submit(second.id, {
      version: 1,
      recommendation: asDuplicateOf('00000000-0000-4000-8000-00000000dead'),
    }).expect(422);
    expect(theirs.body).toEqual(none.body);
    expect(JSON.stringify(theirs.body)).not.toContain(dane.reportNumber);
    // Autosave refuses it the same way (400), naming the field in words.
    const put = (id: string) =>
      ctx
        .http()
        .put(`/api/access-reports/${second.id}`)
        .set(worker)
        .send({ ...secondCall(dane, { st: false }), recommendation: asDuplicateOf(id), version: 1 })
        .expect(400);
    const theirsSaved = await put(dane.id);
    expect(theirsSaved.body).toEqual((await put('00000000-0000-4000-8000-00000000dead')).body);
    expect(theirsSaved.body.message).toMatch(/^Original report \(recommendation\) is not a report of your county/);
  });

  it('a duplicate without its original is incomplete: 400 naming the original report, at submit and decision', async () => {
    const original = await screenedIn(ctx, worker, supervisor);
    const second = await createReport(ctx, worker, secondCall(original, { st: false }));
    const submitted = await submit(second.id, { version: 1, recommendation: asDuplicateOf(null) }).expect(400);
    expect(submitted.body.issues).toEqual([expect.objectContaining({ path: 'recommendation.duplicateOfReportId' })]);
    expect(submitted.body.message).toMatch(/Original report/);
    const awaiting = await submitReport(ctx, worker, secondCall(original, { st: false }));
    const decided = await decide(awaiting.id, { version: awaiting.version, ...asDuplicateOf(null) }).expect(400);
    expect(decided.body.issues).toEqual([expect.objectContaining({ path: 'duplicateOfReportId' })]);
  });
});

describe('ST-SCREEN-IN: the duplicate exception and its limit', () => {
  it("refuses a duplicate whose original lacks the child's sex trafficking allegation (422 ST-SCREEN-IN)", async () => {
    const original = await screenedIn(ctx, worker, supervisor, noSexTrafficking);
    const second = await createReport(ctx, worker, secondCall(original));
    const res = await submit(second.id, { version: 1, recommendation: asDuplicateOf(original.id) }).expect(422);
    expect(res.body.rule).toBe('ST-SCREEN-IN');
    const awaiting = await submitReport(ctx, worker, secondCall(original));
    const decided = await decide(awaiting.id, { version: awaiting.version, ...asDuplicateOf(original.id) });
    expect(decided.status).toBe(422);
    expect(decided.body.rule).toBe('ST-SCREEN-IN');
  });

  it('a sex trafficking report screened out for another reason is still refused', async () => {
    const second = await submitReport(ctx, worker);
    const res = await decide(second.id, {
      version: second.version,
      decision: 'SCREEN_OUT',
      screenOutReason: 'DOES_NOT_MEET_DEFINITION',
      rationale: 'x',
    }).expect(422);
    expect(res.body.rule).toBe('ST-SCREEN-IN');
  });

  it('TRAINING still applies to a duplicate of a sex trafficking report', async () => {
    const untrained = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', trainedOn: null });
    const original = await screenedIn(ctx, worker, supervisor);
    const second = await createReport(ctx, untrained.auth, secondCall(original));
    const res = await submit(second.id, { version: 1, recommendation: asDuplicateOf(original.id) }, untrained.auth);
    expect(res.status).toBe(422);
    expect(res.body.rule).toBe('TRAINING');
  });
});

describe('the draft: autosave keeps the original, computed tells the truth', () => {
  it('stores the original named, drops it with another choice, and lists DUPLICATE-OF while it cannot pass', async () => {
    const original = await screenedIn(ctx, worker, supervisor);
    const body = secondCall(original);
    const draft = await createReport(ctx, worker, { ...body, recommendation: asDuplicateOf(original.id) });
    expect(draft.recommendation).toMatchObject({
      duplicateOfReportId: original.id,
      duplicateOfReportNumber: original.reportNumber,
    });
    expect(draft.computed).toMatchObject({ mustScreenIn: false, violations: [] });
    expect(draft.duplicateOf).toBeNull(); // not yet recommended: the original does not list it
    expect((await get(original.id)).duplicates).toEqual([]);
    expect(await get(draft.id)).toMatchObject({ recommendation: { duplicateOfReportId: original.id } });

    const put = (recommendation: Body, version: number) =>
      ctx
        .http()
        .put(`/api/access-reports/${draft.id}`)
        .set(worker)
        .send({ ...body, recommendation, version })
        .expect(200);
    const screenedInNow = (await put({ ...screenIn, duplicateOfReportId: original.id }, 1)).body;
    expect(screenedInNow.recommendation).toMatchObject({ duplicateOfReportId: null, duplicateOfReportNumber: null });
    expect(screenedInNow.computed.mustScreenIn).toBe(true);

    const aDraft = await createReport(ctx, worker);
    const broken = (await put(asDuplicateOf(aDraft.id), 2)).body;
    expect(broken.computed.violations.map((v: { rule: string }) => v.rule)).toEqual(['ST-SCREEN-IN', 'DUPLICATE-OF']);
    expect(await get(draft.id)).toEqual({ ...broken, computed: expect.anything() });
    const back = (await put(asDuplicateOf(original.id), 3)).body;
    expect(back.computed).toMatchObject({ mustScreenIn: false, violations: [] });
    await submit(draft.id, { version: back.version }).expect(200);
  });
});

describe('the DCF tables count the child once', () => {
  const tables = async (from: string, to: string) =>
    (await ctx.http().get(`/api/reports/sex-trafficking?from=${from}&to=${to}`).set(admin).expect(200))
      .body as SexTraffickingReport;

  it('a child reported twice, the second screened out as a duplicate, is counted once; screened in twice, twice', async () => {
    // March 2017: the original screened in, the second call screened out as its duplicate.
    const march = { receivedAt: '2017-03-07T16:00:00.000Z' };
    const original = await screenedIn(ctx, worker, supervisor, draftBody(march));
    const second = await submitReport(ctx, worker, { ...secondCall(original), ...march });
    await decide(second.id, { version: second.version, ...asDuplicateOf(original.id) }).expect(200);
    // April 2017: the same two calls, both screened in (no duplicate screen-out).
    const april = { receivedAt: '2017-04-04T15:00:00.000Z' };
    const first = await screenedIn(ctx, worker, supervisor, draftBody(april));
    await screenedIn(ctx, worker, supervisor, { ...secondCall(first), ...april });

    const once = await tables('2017-03-01', '2017-03-31');
    expect(once.summary.allegations.total).toBe(1);
    expect(once.summary.uniqueChildren.total).toBe(1);
    const twice = await tables('2017-04-01', '2017-04-30');
    expect(twice.summary.allegations.total).toBe(2);
  });
});
