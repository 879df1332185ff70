import {
  type Body,
  child,
  createReport,
  draftBody,
  maltreater,
  stAllegation,
  submitReport,
} from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { isRetryable } from '../common/database-errors';
import type { OriginalRow } from './access-report.columns';
import { AccessReportsRepository } from './access-reports.repository';
import { ORIGINAL_CHANGED } from './screening.service';

// Duplicates across a transfer and under races (docs/http-api.md, "Duplicates"): a transfer takes
// a report off its duplicates' lists and its original off theirs, in both directions, so neither
// county reads the other's row, narrative, number or id; submit and decision re-check the original
// in their statement (still an open report of the county), so a stale look-up or two crossed
// decisions never screen a child out twice; and one county's decision never changes the other's report.

type Auth = { Authorization: string };
let ctx: TestContext;
let worker: Auth;
let supervisor: Auth;
let supervisor2: Auth;
let supervisorId: string;
let daneWorker: Auth;
let daneSupervisor: Auth;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  const sup = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079', name: 'Mil Supervisor' });
  supervisor = sup.auth;
  supervisorId = sup.user.id;
  supervisor2 = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
  daneWorker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' })).auth;
  daneSupervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025', name: 'Dane Supervisor' })).auth;
});
afterAll(() => ctx.close());

const get = async (id: string, auth = worker) =>
  (await ctx.http().get(`/api/access-reports/${id}`).set(auth).expect(200)).body;
const list = async (auth: Auth) =>
  (await ctx.http().get('/api/access-reports?pageSize=100').set(auth).expect(200)).body.items as {
    id: string;
    duplicateOf: unknown;
  }[];
const submit = (id: string, body: Body, auth = worker) =>
  ctx.http().post(`/api/access-reports/${id}/submit`).set(auth).send(body);
const decide = (id: string, body: Body, auth = supervisor) =>
  ctx.http().post(`/api/access-reports/${id}/screening-decision`).set(auth).send(body);
const transfer = async (id: string, auth = supervisor) => {
  const { version } = await get(id, auth);
  return ctx
    .http()
    .post(`/api/access-reports/${id}/transfer`)
    .set(auth)
    .send({ version, countyCode: '55025', reason: 'The child lives in Dane County' })
    .expect(200);
};

const asDuplicateOf = (duplicateOfReportId: string | null) => ({
  decision: 'SCREEN_OUT',
  screenOutReason: 'DUPLICATE_REPORT',
  duplicateOfReportId,
  rationale: 'The same events as the first call.',
});
const screenIn = { decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS', rationale: 'Meets the definition.' };

const SECOND_NARRATIVE = 'A neighbor called about the same youth and the same man at the motel.';

/** A second call about the child of `original`, linked (same person id), with a sex trafficking allegation. */
function secondCall(original: { persons: { personId: string; roles: string[] }[] }, overrides: Body = {}) {
  const found = original.persons.find((p) => p.roles.includes('CHILD'));
  if (!found) throw new Error('no child');
  return draftBody({
    narrative: SECOND_NARRATIVE,
    persons: [child({ personId: found.personId }), maltreater()],
    allegations: [stAllegation()],
    ...overrides,
  });
}

/** Nothing of `other` in what `reader` is answered: not its id, number or narrative. */
function expectNothingOf(answer: unknown, other: { id: string; reportNumber: string; narrative?: string | null }) {
  const text = JSON.stringify(answer);
  expect(text).not.toContain(other.id);
  expect(text).not.toContain(other.reportNumber);
  if (other.narrative) expect(text).not.toContain(other.narrative);
}

describe('a transfer takes a report off its duplicates’ lists, in both directions', () => {
  it('the original transferred (A): Dane reads none of the Milwaukee duplicate; Milwaukee none of the original', async () => {
    const original = await submitReport(ctx, worker, draftBody({ narrative: 'The first call, about the motel.' }));
    const second = await submitReport(ctx, worker, secondCall(original));
    await decide(second.id, { version: second.version, ...asDuplicateOf(original.id) }).expect(200);
    expect((await get(original.id)).duplicates.map((d: { id: string }) => d.id)).toEqual([second.id]);

    await transfer(original.id);
    const inDane = await get(original.id, daneWorker);
    expect(inDane.duplicates).toEqual([]);
    expectNothingOf(inDane, { ...second, narrative: SECOND_NARRATIVE });
    expectNothingOf(await list(daneSupervisor), { ...second, narrative: SECOND_NARRATIVE });

    const mine = await get(second.id);
    expect(mine).toMatchObject({
      status: 'SCREENED_OUT',
      duplicateOf: null,
      recommendation: { duplicateOfReportId: null, duplicateOfReportNumber: null },
      screening: {
        recommendation: { duplicateOfReportId: null, duplicateOfReportNumber: null },
        decision: { screenOutReason: 'DUPLICATE_REPORT', duplicateOfReportId: null },
      },
      // Decided: judged by its decision, which was checked when made (no DUPLICATE-OF, no ST-SCREEN-IN).
      computed: { mustScreenIn: false, violations: [] },
    });
    expectNothingOf(mine, original);
    const summary = (await list(supervisor)).find((s) => s.id === second.id);
    expect(summary?.duplicateOf).toBeNull();
  });

  it('the duplicate transferred (B): Milwaukee no longer lists it; Dane’s decision changes nothing of Milwaukee’s', async () => {
    const original = await submitReport(ctx, worker, draftBody({ narrative: 'The first call, about the motel.' }));
    const second = await createReport(ctx, worker, secondCall(original));
    await submit(second.id, { version: second.version, recommendation: asDuplicateOf(original.id) }).expect(200);
    expect((await get(original.id)).duplicates.map((d: { id: string }) => d.id)).toEqual([second.id]);

    await transfer(second.id);
    const mine = await get(original.id);
    expect(mine.duplicates).toEqual([]);
    expectNothingOf(mine, { ...second, narrative: SECOND_NARRATIVE });
    const theirs = await get(second.id, daneWorker);
    expect(theirs).toMatchObject({
      duplicateOf: null,
      recommendation: { duplicateOfReportId: null, duplicateOfReportNumber: null },
      screening: { recommendation: { duplicateOfReportId: null, duplicateOfReportNumber: null } },
    });
    expectNothingOf(theirs, original);
    expectNothingOf(await list(daneSupervisor), original);

    // Dane decides it: Milwaukee's original keeps its version, trail and updatedBy.
    const before = await get(original.id, supervisor);
    await decide(second.id, { version: theirs.version, ...screenIn }, daneSupervisor).expect(200);
    const after = await get(original.id, supervisor);
    expect(after.version).toBe(before.version);
    expect(after.updatedBy).toEqual(before.updatedBy);
    const daneEvents = await ctx.prisma.auditEvent.count({
      where: {
        reportId: original.id,
        action: 'report.duplicates_changed',
        details: { equals: { duplicateReportId: second.id } },
      },
    });
    expect(daneEvents).toBe(1); // the submit's, in Milwaukee; none from Dane's decision
    await decide(original.id, { version: before.version, ...screenIn }).expect(200);
  });

  it('Dane naming the transferred report’s old original: the same 422 as a report that does not exist', async () => {
    const original = await submitReport(ctx, worker);
    const second = await submitReport(ctx, worker, secondCall(original));
    await transfer(second.id);
    const theirs = await get(second.id, daneSupervisor);
    const naming = (id: string) => decide(second.id, { version: theirs.version, ...asDuplicateOf(id) }, daneSupervisor);
    const res = await naming(original.id);
    expect(res.status).toBe(422);
    expect(res.body).toEqual((await naming('00000000-0000-4000-8000-00000000dead')).body);
    expect((await get(original.id)).version).toBe(original.version);
  });
});

describe('a decided report is judged by its decision', () => {
  it('recommended as a duplicate, decided screened in: mustScreenIn follows the decision, no recommendation rules', async () => {
    const original = await submitReport(ctx, worker);
    const second = await createReport(ctx, worker, secondCall(original));
    const submitted = (
      await submit(second.id, { version: second.version, recommendation: asDuplicateOf(original.id) }).expect(200)
    ).body;
    expect(submitted.computed).toMatchObject({ mustScreenIn: false, violations: [] });
    const decided = (await decide(second.id, { version: submitted.version, ...screenIn }).expect(200)).body;
    expect(decided.computed).toMatchObject({ mustScreenIn: true, violations: [] });
    expect((await get(second.id)).computed).toMatchObject({ mustScreenIn: true, violations: [] });
  });

  it('a decided duplicate whose original was screened out later shows no DUPLICATE-OF', async () => {
    const noSt = { allegations: [stAllegation({ descriptors: [] })] };
    const original = await submitReport(ctx, worker, draftBody(noSt));
    const draft = await createReport(ctx, worker, {
      ...secondCall(original, noSt),
      recommendation: asDuplicateOf(original.id),
    });
    const second = (await submit(draft.id, { version: draft.version }).expect(200)).body;
    await decide(second.id, { version: second.version, ...asDuplicateOf(original.id) }).expect(200);
    const screenOut = { decision: 'SCREEN_OUT', screenOutReason: 'DOES_NOT_MEET_DEFINITION', rationale: 'x' };
    await decide(original.id, { version: (await get(original.id)).version, ...screenOut }).expect(200);
    expect((await get(second.id)).computed).toMatchObject({ mustScreenIn: false, violations: [] });
  });
});

describe('a draft naming an original that is then transferred away still autosaves', () => {
  /** The PUT the form sends: the document as read, back. */
  const resend = (report: Record<string, unknown>, auth: Auth, overrides: Body = {}) => {
    const { countyCode, receivedAt, reporter, narrative, presentDangerThreat, persons, indicators, allegations } =
      report as Body;
    const r = report.recommendation as Body;
    const recommendation = {
      decision: r.decision,
      screenOutReason: r.screenOutReason,
      responseTime: r.responseTime,
      rationale: r.rationale,
      duplicateOfReportId: r.duplicateOfReportId,
    };
    const body = { countyCode, receivedAt, reporter, narrative, presentDangerThreat, persons, indicators, allegations };
    return ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(auth)
      .send({ ...body, recommendation, version: report.version, ...overrides });
  };

  it('the original transferred: the draft reads no original and saves; sending its id is still a 400', async () => {
    const original = await submitReport(ctx, worker);
    const draft = await createReport(ctx, worker, {
      ...secondCall(original),
      recommendation: asDuplicateOf(original.id),
    });
    expect(draft.recommendation.duplicateOfReportId).toBe(original.id);
    await transfer(original.id);
    const read = await get(draft.id);
    expect(read.recommendation).toMatchObject({ duplicateOfReportId: null, duplicateOfReportNumber: null });
    expectNothingOf(read, original);
    const saved = await resend(read, worker).expect(200);
    expect(saved.body.recommendation.duplicateOfReportId).toBeNull();
    const refused = await resend(saved.body, worker, {
      recommendation: asDuplicateOf(original.id),
    }).expect(400);
    expect(refused.body.message).toMatch(/^Original report \(recommendation\) is not a report of your county/);
  });

  it('the draft transferred: Dane reads no Milwaukee original and saves; sending its id is a 400', async () => {
    const original = await submitReport(ctx, worker);
    const draft = await createReport(ctx, worker, {
      ...secondCall(original),
      recommendation: asDuplicateOf(original.id),
    });
    await transfer(draft.id);
    const read = await get(draft.id, daneWorker);
    expect(read.recommendation).toMatchObject({ duplicateOfReportId: null, duplicateOfReportNumber: null });
    expectNothingOf(read, original);
    const saved = await resend(read, daneWorker).expect(200);
    await resend(saved.body, daneWorker, { recommendation: asDuplicateOf(original.id) }).expect(400);
  });
});

describe('submit and decision re-check the original in their statement', () => {
  /** Answers the original as it was when `stale` was read: the look-up before the rules, raced. */
  async function withStaleLookup<T>(stale: OriginalRow | null, run: () => Promise<T>): Promise<T> {
    const repository = ctx.app.get(AccessReportsRepository);
    const real = repository.findOriginal;
    repository.findOriginal = async () => stale;
    try {
      return await run();
    } finally {
      repository.findOriginal = real;
    }
  }
  const lookUp = (id: string) => ctx.app.get(AccessReportsRepository).findOriginal(id, '55079');
  const noSt = { allegations: [stAllegation({ descriptors: [] })] };

  it('the original screened out after the look-up: the decision is a 409 and nothing moves', async () => {
    const original = await submitReport(ctx, worker, draftBody(noSt));
    const second = await submitReport(ctx, worker, secondCall(original, noSt));
    const stale = await lookUp(original.id);
    const screenOut = { decision: 'SCREEN_OUT', screenOutReason: 'DOES_NOT_MEET_DEFINITION', rationale: 'x' };
    await decide(original.id, { version: original.version, ...screenOut }).expect(200);
    const res = await withStaleLookup(stale, () =>
      decide(second.id, { version: second.version, ...asDuplicateOf(original.id) }),
    );
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(ORIGINAL_CHANGED);
    expect((await get(second.id)).status).toBe('AWAITING_SUPERVISOR');
  });

  it('the original transferred after the look-up: submit and decision are 409s and nothing moves', async () => {
    const original = await submitReport(ctx, worker);
    const draft = await createReport(ctx, worker, secondCall(original));
    const awaiting = await submitReport(ctx, worker, secondCall(original));
    const stale = await lookUp(original.id);
    await transfer(original.id);
    const submitted = await withStaleLookup(stale, () =>
      submit(draft.id, { version: draft.version, recommendation: asDuplicateOf(original.id) }),
    );
    expect(submitted.status).toBe(409);
    expect(submitted.body.message).toBe(ORIGINAL_CHANGED);
    expect((await get(draft.id)).status).toBe('DRAFT');
    const decided = await withStaleLookup(stale, () =>
      decide(awaiting.id, { version: awaiting.version, ...asDuplicateOf(original.id) }),
    );
    expect(decided.status).toBe(409);
    expect((await get(awaiting.id)).status).toBe('AWAITING_SUPERVISOR');
    expect((await get(original.id, daneWorker)).version).toBe(original.version + 1); // the transfer only
  });

  it('two crossed decisions at once ("R1 duplicate of R2", "R2 of R1"): never both screened out, never a 5xx', async () => {
    for (let round = 0; round < 10; round++) {
      const r1 = await submitReport(ctx, worker);
      const r2 = await submitReport(ctx, worker, secondCall(r1));
      const [a, b] = await Promise.all([
        decide(r1.id, { version: r1.version, ...asDuplicateOf(r2.id) }, supervisor),
        decide(r2.id, { version: r2.version, ...asDuplicateOf(r1.id) }, supervisor2),
      ]);
      // The loser: 409 (raced in the statement, or its report's version moved on) or, when the
      // winner was done before its look-up, 422 (the original is screened out: DUPLICATE-OF, and
      // so no exception to ST-SCREEN-IN, which comes first).
      for (const res of [a, b]) {
        expect([200, 409, 422]).toContain(res.status);
        if (res.status === 422) expect(['ST-SCREEN-IN', 'DUPLICATE-OF']).toContain(res.body.rule);
      }
      expect([a.status, b.status]).not.toEqual([200, 200]);
      const statuses = [(await get(r1.id)).status, (await get(r2.id)).status];
      expect(statuses.filter((s) => s === 'SCREENED_OUT').length).toBeLessThanOrEqual(1);
      expect(statuses).toContain('AWAITING_SUPERVISOR');
    }
  });

  it('the crossed statements themselves, at once: never both move; the one undone is a deadlock, never both', async () => {
    const repository = ctx.app.get(AccessReportsRepository);
    for (let round = 0; round < 10; round++) {
      const r1 = await submitReport(ctx, worker);
      const r2 = await submitReport(ctx, worker, secondCall(r1));
      const at = new Date();
      const change = (r: { id: string; version: number }) => ({
        reportId: r.id,
        version: r.version,
        userId: supervisorId,
        ip: undefined,
        at,
      });
      const choice = (original: string) => ({ ...asDuplicateOf(original), responseTime: null });
      const outcomes = await Promise.allSettled([
        repository.decide(change(r1), choice(r2.id), null),
        repository.decide(change(r2), choice(r1.id), null),
      ]);
      const moved = outcomes.filter((o) => o.status === 'fulfilled' && o.value.moved);
      expect(moved.length).toBeLessThanOrEqual(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(isRetryable(o.reason)).toBe(true);
      const statuses = [(await get(r1.id)).status, (await get(r2.id)).status];
      expect(statuses.filter((x) => x === 'SCREENED_OUT')).toHaveLength(moved.length);
    }
  });

  it('a deadlock of the statement is answered 409 "reload and choose again", not 503', async () => {
    const original = await submitReport(ctx, worker);
    const second = await submitReport(ctx, worker, secondCall(original));
    const repository = ctx.app.get(AccessReportsRepository);
    const real = repository.decide;
    repository.decide = async () => {
      throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    };
    try {
      const res = await decide(second.id, { version: second.version, ...asDuplicateOf(original.id) });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe(ORIGINAL_CHANGED);
    } finally {
      repository.decide = real;
    }
  });
});
