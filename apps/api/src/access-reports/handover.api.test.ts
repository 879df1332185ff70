import {
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
import { buildUser } from '../seed/builders';

// Hand a report on, discard a draft, transfer a report (docs/http-api.md, "Hand-overs"): each
// route's success and its refusals in the order 401, 403, 404, 400, 409.

type Auth = { Authorization: string };
type User = { id: string; name: string };

let ctx: TestContext;
let worker: Auth;
let workerUser: User;
let trained: Auth;
let trainedUser: User;
let untrained: Auth;
let untrainedUser: User;
let supervisor: Auth;
let supervisorUser: User;
let daneSupervisor: Auth;
let daneWorker: Auth;
let admin: Auth;
let inactive: User;
let daneColleague: User;

beforeAll(async () => {
  ctx = await createTestApp();
  const make = (spec: Parameters<typeof signedIn>[1]) => signedIn(ctx, spec);
  const [w, t, u, s, ds, dw, a] = await Promise.all([
    make({ role: 'ACCESS_WORKER', countyCode: '55079', name: 'Ana Ruiz' }),
    make({ role: 'ACCESS_WORKER', countyCode: '55079', name: 'Sam Lee' }),
    make({ role: 'ACCESS_WORKER', countyCode: '55079', name: 'Una Trained', trainedOn: null }),
    make({ role: 'SUPERVISOR', countyCode: '55079', name: 'Sue Visor' }),
    make({ role: 'SUPERVISOR', countyCode: '55025', name: 'Dana Dane' }),
    make({ role: 'ACCESS_WORKER', countyCode: '55025', name: 'Dan Dane' }),
    make({ role: 'ADMIN', countyCode: null }),
  ]);
  [worker, trained, untrained, supervisor, daneSupervisor, daneWorker, admin] = [w, t, u, s, ds, dw, a].map(
    (x) => x.auth,
  ) as [Auth, Auth, Auth, Auth, Auth, Auth, Auth];
  workerUser = w.user;
  trainedUser = t.user;
  untrainedUser = u.user;
  supervisorUser = s.user;
  daneColleague = dw.user;
  inactive = await buildUser(ctx.prisma, { role: 'ACCESS_WORKER', countyCode: '55079', active: false });
});
afterAll(() => ctx.close());

const post = (path: string, body: object, auth?: Auth) => {
  const request = ctx.http().post(path);
  return (auth ? request.set(auth) : request).send(body);
};
const assign = (id: string, body: object, auth?: Auth) => post(`/api/access-reports/${id}/assignment`, body, auth);
const discard = (id: string, body: object, auth?: Auth) => post(`/api/access-reports/${id}/discard`, body, auth);
const transfer = (id: string, body: object, auth?: Auth) => post(`/api/access-reports/${id}/transfer`, body, auth);
const read = (id: string, auth: Auth) => ctx.http().get(`/api/access-reports/${id}`).set(auth);
const list = (query: string, auth: Auth) => ctx.http().get(`/api/access-reports?${query}`).set(auth);
/** A draft made by mistake: nothing but the county. */
const emptyDraft = (auth: Auth = worker) => createReport(ctx, auth, { countyCode: '55079' });
const events = (reportId: string, action: string) => ctx.prisma.auditEvent.findMany({ where: { reportId, action } });

describe('POST /api/access-reports/:id/assignment', () => {
  it('hands a draft to a trained colleague: assignedTo, version + 1, a hand-over row and an audit event', async () => {
    const report = await createReport(ctx, untrained);
    expect(report.assignedTo).toEqual({ id: untrainedUser.id, name: 'Una Trained' });
    const res = await assign(report.id, { version: 1, userId: trainedUser.id }, untrained).expect(200);
    expect(res.body).toMatchObject({
      version: 2,
      status: 'DRAFT',
      assignedTo: { id: trainedUser.id, name: 'Sam Lee' },
    });
    expect((await read(report.id, trained)).body).toEqual({ ...res.body, computed: expect.any(Object) });
    const rows = await ctx.prisma.reportAssignment.findMany({ where: { reportId: report.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'ASSIGNEE',
        fromUserId: untrainedUser.id,
        toUserId: trainedUser.id,
        byId: untrainedUser.id,
      }),
    ]);
    const [event] = await events(report.id, 'report.assigned');
    expect(event?.details).toEqual({ kind: 'ASSIGNEE', from: untrainedUser.id, to: trainedUser.id });
  });

  it('the assignee sees it with assignedTo=me; the one who handed it on no longer does', async () => {
    const report = await createReport(ctx, worker);
    await assign(report.id, { version: 1, userId: trainedUser.id }, worker).expect(200);
    const mine = await list('assignedTo=me&pageSize=100', trained).expect(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toContain(report.id);
    const summary = mine.body.items.find((r: { id: string }) => r.id === report.id);
    expect(summary.assignedTo).toEqual({ id: trainedUser.id, name: 'Sam Lee' });
    const theirs = await list('assignedTo=me&pageSize=100', worker).expect(200);
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(report.id);
  });

  it('the previous assignee is told: a notice to and from, newest first, only for those it went from and to', async () => {
    const report = await createReport(ctx, worker);
    await assign(report.id, { version: 1, userId: trainedUser.id }, supervisor).expect(200);
    const told = await ctx.http().get('/api/assignment-notices').set(worker).expect(200);
    expect(told.body[0]).toEqual({
      reportId: report.id,
      reportNumber: report.reportNumber,
      kind: 'ASSIGNEE',
      from: { id: workerUser.id, name: 'Ana Ruiz' },
      to: { id: trainedUser.id, name: 'Sam Lee' },
      by: { id: supervisorUser.id, name: 'Sue Visor' },
      at: expect.any(String),
    });
    const received = await ctx.http().get('/api/assignment-notices').set(trained).expect(200);
    expect(received.body.map((n: { reportId: string }) => n.reportId)).toContain(report.id);
    // Only the people it went from and to: the supervisor who made it is neither.
    const maker = await ctx.http().get('/api/assignment-notices').set(supervisor).expect(200);
    expect(maker.body.map((n: { reportId: string }) => n.reportId)).not.toContain(report.id);
    // A hand-over one made oneself is listed too: the record of where one's reports went.
    const own = await createReport(ctx, worker);
    await assign(own.id, { version: 1, userId: trainedUser.id }, worker).expect(200);
    const mine = await ctx.http().get('/api/assignment-notices').set(worker).expect(200);
    expect(mine.body[0]).toMatchObject({ reportId: own.id, by: { id: workerUser.id }, from: { id: workerUser.id } });
    const before = await ctx.prisma.auditEvent.count({ where: { action: 'access.denied' } });
    await ctx.http().get('/api/assignment-notices').set(admin).expect(403);
    // Notices name reports: an admin's refused look is on the trail like any case route's.
    const denied = await ctx.prisma.auditEvent.findMany({
      where: { action: 'access.denied' },
      orderBy: { at: 'desc' },
    });
    expect(denied.length).toBe(before + 1);
    expect(denied[0]?.details).toMatchObject({ route: '/api/assignment-notices' });
    await ctx.http().get('/api/assignment-notices').expect(401);
  });

  it('after screen-in, a supervisor assigns the initial assessment worker (a worker: 403)', async () => {
    const report = await screenedIn(ctx, worker, supervisor);
    await assign(report.id, { version: report.version, userId: trainedUser.id }, worker).expect(403);
    const res = await assign(report.id, { version: report.version, userId: trainedUser.id }, supervisor).expect(200);
    expect(res.body.initialAssessmentWorker).toEqual({ id: trainedUser.id, name: 'Sam Lee' });
    expect(res.body.assignedTo).toEqual(report.assignedTo);
    const [row] = await ctx.prisma.reportAssignment.findMany({ where: { reportId: report.id } });
    expect(row).toMatchObject({ kind: 'INITIAL_ASSESSMENT', fromUserId: null, toUserId: trainedUser.id });
  });

  it('refuses in order: 401, 403 (admin; another worker), 404 (another county, audited), 400, 409', async () => {
    const report = await createReport(ctx, worker);
    const body = { version: 1, userId: trainedUser.id };
    await assign(report.id, body).expect(401);
    await assign(report.id, body, admin).expect(403);
    const other = await assign(report.id, body, untrained).expect(403);
    expect(other.body.message).toMatch(/assignee, its creator or a supervisor/);
    await assign(report.id, body, daneSupervisor).expect(404);
    expect((await events(report.id, 'access.denied')).length).toBeGreaterThan(0);
    await assign(report.id, { userId: trainedUser.id }, worker).expect(400);
    for (const userId of [daneColleague.id, inactive.id, crypto.randomUUID(), 'nobody']) {
      const res = await assign(report.id, { version: 1, userId }, worker).expect(400);
      expect(res.body.message).toMatch(/assignee/);
    }
    await assign(report.id, { version: 2, userId: trainedUser.id }, worker).expect(409);
    await assign(report.id, { version: 1, userId: workerUser.id }, worker).expect(409);
    const submitted = await submitReport(ctx, worker);
    await assign(submitted.id, { version: submitted.version, userId: trainedUser.id }, supervisor).expect(409);
    expect(await ctx.prisma.reportAssignment.count({ where: { reportId: report.id } })).toBe(0);
    expect((await read(report.id, worker)).body.version).toBe(1);
  });

  it('of two hand-overs from the same version, one wins and the other gets 409', async () => {
    const report = await createReport(ctx, worker);
    const results = await Promise.all([
      assign(report.id, { version: 1, userId: trainedUser.id }, worker),
      assign(report.id, { version: 1, userId: supervisorUser.id }, worker),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await ctx.prisma.reportAssignment.count({ where: { reportId: report.id } })).toBe(1);
  });
});

describe('POST /api/access-reports/:id/discard', () => {
  it('discards an empty draft: DISCARDED with reason, who and when; out of the default list, in status=DISCARDED', async () => {
    const report = await emptyDraft();
    const res = await discard(report.id, { version: 1, reason: 'Opened by mistake' }, worker).expect(200);
    expect(res.body).toMatchObject({
      status: 'DISCARDED',
      version: 2,
      discarded: { reason: 'Opened by mistake', discardedBy: { id: workerUser.id, name: 'Ana Ruiz' } },
    });
    expect((await events(report.id, 'report.discarded')).length).toBe(1);
    const ids = (body: { items: { id: string }[] }) => body.items.map((r) => r.id);
    expect(ids((await list('pageSize=100', worker)).body)).not.toContain(report.id);
    expect(ids((await list('assignedTo=me&pageSize=100', worker)).body)).not.toContain(report.id);
    expect(ids((await list('status=DISCARDED&pageSize=100', worker)).body)).toContain(report.id);
  });

  it('a discarded draft is never counted: not in the compliance clocks', async () => {
    const received = '2016-05-03T16:00:00.000Z';
    const report = await createReport(ctx, worker, draftBody({ receivedAt: received }));
    const compliance = async () =>
      (await ctx.http().get('/api/reports/compliance?from=2016-05-03&to=2016-05-03').set(supervisor).expect(200)).body
        .total;
    expect((await compliance()).reports).toBe(1);
    expect((await compliance()).lawEnforcement.required).toBe(1);
    await discard(report.id, { version: 1, reason: 'Entered twice' }, supervisor).expect(200);
    expect((await compliance()).reports).toBe(0);
    expect((await compliance()).lawEnforcement.required).toBe(0);
  });

  it('a discarded draft is read-only: PUT, submit, notifications, assignment, transfer, discard all 409', async () => {
    const report = await emptyDraft();
    await discard(report.id, { version: 1, reason: 'Opened by mistake' }, worker).expect(200);
    const id = report.id;
    await ctx.http().put(`/api/access-reports/${id}`).set(worker).send({ countyCode: '55079', version: 2 }).expect(409);
    await post(`/api/access-reports/${id}/submit`, { version: 2 }, worker).expect(409);
    const police = { notifiedAt: new Date().toISOString(), agency: 'Milwaukee Police Department', method: 'PHONE' };
    const called = await post(`/api/access-reports/${id}/law-enforcement-notifications`, police, worker).expect(409);
    expect(called.body.message).toMatch(/discarded/);
    const tribe = { notifiedAt: police.notifiedAt, tribe: 'Oneida Nation', method: 'EMAIL' };
    await post(`/api/access-reports/${id}/tribal-notifications`, tribe, worker).expect(409);
    await assign(id, { version: 2, userId: trainedUser.id }, worker).expect(409);
    await transfer(id, { version: 2, countyCode: '55025', reason: 'Lives there' }, supervisor).expect(409);
    await discard(id, { version: 2, reason: 'Again' }, worker).expect(409);
    expect((await read(id, worker)).body.version).toBe(2);
  });

  it('DISCARD-ALLEGATION: a worker may not discard a draft that records an allegation (403 with the rule); a supervisor may', async () => {
    const report = await createReport(ctx, worker);
    const refused = await discard(report.id, { version: 1, reason: 'Duplicate call' }, worker).expect(403);
    expect(refused.body).toMatchObject({ rule: 'DISCARD-ALLEGATION', statusCode: 403 });
    expect(refused.body.message).toMatch(/^Only a supervisor can discard a draft that records an allegation/);
    expect((await read(report.id, worker)).body.status).toBe('DRAFT');
    const res = await discard(report.id, { version: 1, reason: 'Duplicate call' }, supervisor).expect(200);
    expect(res.body.discarded.discardedBy.id).toBe(supervisorUser.id);
  });

  it('DISCARD-ALLEGATION holds for an allegation that names only its child and alleged maltreater (no type yet)', async () => {
    const body = draftBody({
      allegations: [stAllegation({ maltreatmentType: null, descriptors: [], maltreaterRelationship: null })],
    });
    const report = await createReport(ctx, worker, body);
    expect(report.allegations[0]).toMatchObject({ maltreatmentType: null, descriptors: [] });
    const refused = await discard(report.id, { version: 1, reason: 'Opened by mistake' }, worker).expect(403);
    expect(refused.body.rule).toBe('DISCARD-ALLEGATION');
    expect((await read(report.id, worker)).body).toMatchObject({ status: 'DRAFT', discarded: null });
  });

  it('refuses in order: 401, 403 (admin; not the assignee or creator), 404, 400, 409', async () => {
    const report = await emptyDraft();
    const body = { version: 1, reason: 'Opened by mistake' };
    await discard(report.id, body).expect(401);
    await discard(report.id, body, admin).expect(403);
    await discard(report.id, body, trained).expect(403);
    await discard(report.id, body, daneSupervisor).expect(404);
    const empty = await discard(report.id, { version: 1, reason: '  ' }, worker).expect(400);
    expect(empty.body.message).toMatch(/^Reason/);
    await discard(report.id, { version: 1, reason: 'x'.repeat(2001) }, worker).expect(400);
    await discard(report.id, { version: 1 }, worker).expect(400);
    await discard(report.id, { version: 3, reason: 'Opened by mistake' }, worker).expect(409);
    const submitted = await submitReport(ctx, worker);
    await discard(submitted.id, { version: submitted.version, reason: 'No' }, supervisor).expect(409);
    expect((await read(report.id, worker)).body).toMatchObject({ status: 'DRAFT', version: 1, discarded: null });
  });

  it('the assignee may discard a draft handed to them; the creator still may', async () => {
    const report = await emptyDraft();
    await assign(report.id, { version: 1, userId: trainedUser.id }, worker).expect(200);
    await discard(report.id, { version: 2, reason: 'Called back: wrong number' }, trained).expect(200);
    const other = await emptyDraft();
    await assign(other.id, { version: 1, userId: trainedUser.id }, worker).expect(200);
    await discard(other.id, { version: 2, reason: 'Opened twice' }, worker).expect(200);
  });
});

describe('POST /api/access-reports/:id/transfer', () => {
  it('moves a draft to another county: number and clocks stay, nobody assigned; the old county gets 404', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({ persons: [child({ lastName: 'Movedchild' }), maltreater()] }),
    );
    const body = { version: 1, countyCode: '55025', reason: 'The child lives in Dane County' };
    const res = await transfer(report.id, body, supervisor).expect(200);
    expect(res.body).toMatchObject({
      countyCode: '55025',
      reportNumber: report.reportNumber,
      assignedTo: null,
      version: 2,
      receivedAt: report.receivedAt,
      transfers: [
        {
          fromCountyCode: '55079',
          toCountyCode: '55025',
          reason: 'The child lives in Dane County',
          transferredBy: { id: supervisorUser.id, name: 'Sue Visor' },
        },
      ],
    });
    expect(res.body.computed.lawEnforcementDueAt).toBe(report.computed.lawEnforcementDueAt);
    expect(res.body.computed.initialAssessmentDueOn).toBe(report.computed.initialAssessmentDueOn);
    const [event] = await events(report.id, 'report.transferred');
    expect(event?.details).toEqual({ from: '55079', to: '55025' });

    await read(report.id, worker).expect(404);
    const denied = await events(report.id, 'access.denied');
    expect(denied.length).toBeGreaterThan(0);
    const daneRead = await read(report.id, daneWorker).expect(200);
    expect(daneRead.body.reportNumber).toBe(report.reportNumber);
    const listed = await list('q=Movedchild&pageSize=100', daneSupervisor).expect(200);
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(report.id);
    const gone = await list('q=Movedchild&pageSize=100', supervisor).expect(200);
    expect(gone.body.items.map((r: { id: string }) => r.id)).not.toContain(report.id);
    // The receiving county's supervisor assigns it to one of theirs.
    await assign(report.id, { version: 2, userId: daneColleague.id }, daneSupervisor).expect(200);
  });

  it('a report awaiting the supervisor moves too and is not counted; a screened-in one stays (409)', async () => {
    const awaiting = await submitReport(ctx, worker);
    const body = { version: awaiting.version, countyCode: '55025', reason: 'Lives there' };
    const res = await transfer(awaiting.id, body, supervisor).expect(200);
    expect(res.body.status).toBe('AWAITING_SUPERVISOR');
    // Decided in the receiving county, it is counted there (report_statistics follows the county).
    const decision = { version: res.body.version, ...screenIn };
    await post(`/api/access-reports/${awaiting.id}/screening-decision`, decision, daneSupervisor).expect(200);
    const counted = await ctx.prisma.reportStatistic.findMany({ where: { reportId: awaiting.id } });
    expect(counted.length).toBeGreaterThan(0);
    expect(new Set(counted.map((r) => r.countyCode))).toEqual(new Set(['55025']));
    const decided = await screenedIn(ctx, worker, supervisor);
    await transfer(decided.id, { ...body, version: decided.version }, supervisor).expect(409);
  });

  it('person history shows a transferred report under the receiving county', async () => {
    const report = await submitReport(
      ctx,
      worker,
      draftBody({ persons: [child({ lastName: 'Historychild' }), maltreater()] }),
    );
    await transfer(
      report.id,
      { version: report.version, countyCode: '55025', reason: 'Lives there' },
      supervisor,
    ).expect(200);
    const personId = report.persons[0].id;
    const history = await ctx.http().get(`/api/persons/${personId}/history`).set(daneWorker).expect(200);
    const text = JSON.stringify(history.body);
    expect(text).toContain(report.id);
    const own = await ctx.http().get(`/api/persons/${personId}/history`).set(worker).expect(200);
    expect(JSON.stringify(own.body)).not.toContain(report.id);
    expect(JSON.stringify(own.body)).toContain('55025');
  });

  it('refuses in order: 401, 403 (worker, admin), 404, 400 (unknown, same county, reason), 409', async () => {
    const report = await emptyDraft();
    const body = { version: 1, countyCode: '55025', reason: 'Lives there' };
    await transfer(report.id, body).expect(401);
    await transfer(report.id, body, worker).expect(403);
    await transfer(report.id, body, admin).expect(403);
    await transfer(report.id, body, daneSupervisor).expect(404);
    await transfer(report.id, { ...body, countyCode: '55999' }, supervisor).expect(400);
    const same = await transfer(report.id, { ...body, countyCode: '55079' }, supervisor).expect(400);
    expect(same.body.message).toMatch(/^County must be another county/);
    await transfer(report.id, { ...body, reason: '' }, supervisor).expect(400);
    await transfer(report.id, { ...body, version: 5 }, supervisor).expect(409);
    expect(await ctx.prisma.reportTransfer.count({ where: { reportId: report.id } })).toBe(0);
    expect((await read(report.id, worker)).body).toMatchObject({ countyCode: '55079', version: 1 });
  });
});

describe('GET /api/reference/colleagues', () => {
  it("lists the caller's county's active workers and supervisors by name, with their training", async () => {
    const res = await ctx.http().get('/api/reference/colleagues').set(worker).expect(200);
    const names = res.body.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(res.body).toEqual(
      expect.arrayContaining([
        { id: trainedUser.id, name: 'Sam Lee', role: 'ACCESS_WORKER', sexTraffickingTrainingCompletedOn: '2018-01-15' },
        { id: untrainedUser.id, name: 'Una Trained', role: 'ACCESS_WORKER', sexTraffickingTrainingCompletedOn: null },
        expect.objectContaining({ id: supervisorUser.id, role: 'SUPERVISOR' }),
      ]),
    );
    const ids = res.body.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(inactive.id);
    expect(ids).not.toContain(daneColleague.id);
    await ctx.http().get('/api/reference/colleagues').set(admin).expect(403);
    await ctx.http().get('/api/reference/colleagues').expect(401);
  });
});
