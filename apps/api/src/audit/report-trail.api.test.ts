import crypto from 'node:crypto';
import { createReport, draftBody, screenIn } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// docs/http-api.md "Audit": `?reportId=` gives a report's whole trail (the report, its allegations,
// findings and notifications), refused attempts included; lists and statistics are events too.

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
let supervisorId: string;
let workerId: string;
let otherWorker: { Authorization: string };
let otherWorkerId: string;
let admin: { Authorization: string };
let adminId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const [w, s, o, a] = await Promise.all([
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', name: 'Wanda Worker' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079', name: 'Sam Supervisor' }),
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' }),
    signedIn(ctx, { role: 'ADMIN', countyCode: null }),
  ]);
  [worker, workerId, supervisor, supervisorId, otherWorker, otherWorkerId, admin, adminId] = [
    w.auth,
    w.user.id,
    s.auth,
    s.user.id,
    o.auth,
    o.user.id,
    a.auth,
    a.user.id,
  ];
});
afterAll(() => ctx.close());

type Event = {
  id: string;
  at: string;
  userId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  reportId: string | null;
  ip: string | null;
};

async function trail(query: string): Promise<Event[]> {
  const res = await ctx.http().get(`/api/audit-events?${query}&pageSize=200`).set(admin).expect(200);
  return res.body.items;
}

const police = { notifiedAt: '2018-03-06T17:00:00.000Z', agency: 'Milwaukee Police Department', method: 'PHONE' };
const tribe = { notifiedAt: '2018-03-06T17:30:00.000Z', tribe: 'Oneida Nation', method: 'EMAIL' };
const finding = {
  finding: 'SUBSTANTIATED',
  maltreaterInterviewed: true,
  rationale: 'The youth and two witnesses were consistent.',
};

/** The whole life of one report through the API: create (and its replay), autosave, read, submit, decide, notify, find. */
async function workflow() {
  const key = crypto.randomUUID();
  const created = await ctx
    .http()
    .post('/api/access-reports')
    .set(worker)
    .set('Idempotency-Key', key)
    .send(draftBody())
    .expect(201);
  const id: string = created.body.id;
  const replay = await ctx
    .http()
    .post('/api/access-reports')
    .set(worker)
    .set('Idempotency-Key', key)
    .send(draftBody())
    .expect(201);
  expect(replay.body.id).toBe(id);
  const saved = await ctx
    .http()
    .put(`/api/access-reports/${id}`)
    .set(worker)
    .send({ ...draftBody({ narrative: 'Autosaved narrative about a youth.' }), version: 1 })
    .expect(200);
  await ctx.http().get(`/api/access-reports/${id}`).set(worker).expect(200);
  const submitted = await ctx
    .http()
    .post(`/api/access-reports/${id}/submit`)
    .set(worker)
    .send({ version: saved.body.version })
    .expect(200);
  await ctx.http().get(`/api/access-reports/${id}`).set(supervisor).expect(200);
  const decided = await ctx
    .http()
    .post(`/api/access-reports/${id}/screening-decision`)
    .set(supervisor)
    .send({ version: submitted.body.version, ...screenIn })
    .expect(200);
  await ctx
    .http()
    .post(`/api/access-reports/${id}/law-enforcement-notifications`)
    .set(supervisor)
    .send(police)
    .expect(201);
  await ctx.http().post(`/api/access-reports/${id}/tribal-notifications`).set(supervisor).send(tribe).expect(201);
  const allegationId: string = decided.body.allegations[0].id;
  await ctx.http().put(`/api/allegations/${allegationId}/finding`).set(supervisor).send(finding).expect(200);
  return { id, allegationId };
}

describe('?reportId= gives the whole trail of a report', () => {
  it('lists every event of a full workflow, with the report id set on each', async () => {
    const { id, allegationId } = await workflow();
    const events = await trail(`reportId=${id}`);
    expect(events.map((e) => [e.action, e.userId]).reverse()).toEqual([
      ['report.created', workerId],
      ['report.replayed', workerId],
      ['report.draft_saved', workerId],
      ['report.read', workerId],
      ['report.submitted', workerId],
      ['report.read', supervisorId],
      ['report.decided', supervisorId],
      ['report.law_enforcement_notified', supervisorId],
      ['report.tribe_notified', supervisorId],
      ['allegation.finding_recorded', supervisorId],
    ]);
    expect(events.every((e) => e.reportId === id)).toBe(true);
    expect(events.find((e) => e.action === 'allegation.finding_recorded')).toMatchObject({
      entityType: 'Allegation',
      entityId: allegationId,
    });
  });

  it('no event about a report or a part of it is left without its report id (a new audit write that forgets it fails here)', async () => {
    await workflow();
    // Events written by every path above, and by the seeds and other tests of this file's database.
    const parts = [
      'AccessReport',
      'Allegation',
      'Finding',
      'LawEnforcementNotification',
      'TribalNotification',
      'ReportPerson',
      'Contact',
    ];
    const orphans = await ctx.prisma.auditEvent.findMany({
      where: { entityType: { in: parts }, reportId: null },
      select: { action: true, entityType: true },
    });
    expect(orphans).toEqual([]);
    const all = await ctx.prisma.auditEvent.count({ where: { entityType: { in: parts } } });
    expect(all).toBeGreaterThan(10);
  });

  it('filters by action, and by both', async () => {
    const { id } = await workflow();
    const reads = await trail(`reportId=${id}&action=report.read`);
    expect(reads.map((e) => e.userId)).toEqual([supervisorId, workerId]);
    const decided = await trail(`action=report.decided&userId=${supervisorId}`);
    expect(decided.map((e) => e.reportId)).toContain(id);
    expect(decided.every((e) => e.action === 'report.decided')).toBe(true);
  });

  it.each([
    ['reportId=not-a-report', 'reportId', /report id/],
    ['reportId=1%27%20OR%201%3D1', 'reportId', /report id/],
    ['action=Report%20read', 'action', /action/],
  ])('refuses ?%s with a 400 naming %s', async (query, field, words) => {
    const res = await ctx.http().get(`/api/audit-events?${query}`).set(admin).expect(400);
    expect(res.body.issues).toEqual([{ path: field, message: expect.stringMatching(words) }]);
  });
});

describe('refused attempts are events (access.denied)', () => {
  it('403 for the role, with the report id, the route and method, and nothing of the body', async () => {
    const report = await createReport(ctx, worker);
    await ctx
      .http()
      .post(`/api/access-reports/${report.id}/screening-decision`)
      .set(worker)
      .send({ version: 1, ...screenIn, rationale: 'SECRET-RATIONALE' })
      .expect(403);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(admin).expect(403);
    const denied = await ctx.prisma.auditEvent.findMany({
      where: { reportId: report.id, action: 'access.denied' },
      orderBy: { id: 'asc' },
    });
    expect(denied.map((e) => [e.userId, e.entityType, e.entityId, e.details])).toEqual([
      [
        workerId,
        'AccessReport',
        report.id,
        { method: 'POST', route: '/api/access-reports/:id/screening-decision', status: 403 },
      ],
      [adminId, 'AccessReport', report.id, { method: 'GET', route: '/api/access-reports/:id', status: 403 }],
    ]);
    expect(JSON.stringify(denied.map((e) => e.details))).not.toContain('SECRET-RATIONALE');
  });

  it("404 for another county's report or allegation is an event; a report that does not exist is not", async () => {
    const report = await createReport(ctx, worker);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(otherWorker).expect(404);
    // A change refused inside its transaction: the event is written anyway.
    await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(otherWorker)
      .send({ ...draftBody({ narrative: 'SECRET-NARRATIVE' }), version: 1 })
      .expect(404);
    await ctx
      .http()
      .put(`/api/allegations/${report.allegations[0].id}/finding`)
      .set(otherWorker)
      .send(finding)
      .expect(404);
    const denied = await ctx.prisma.auditEvent.findMany({
      where: { reportId: report.id, action: 'access.denied' },
      orderBy: { id: 'asc' },
    });
    expect(
      denied.map((e) => [e.userId, (e.details as { route: string }).route, (e.details as { status: number }).status]),
    ).toEqual([
      [otherWorkerId, '/api/access-reports/:id', 404],
      [otherWorkerId, '/api/access-reports/:id', 404],
      [otherWorkerId, '/api/allegations/:id/finding', 404],
    ]);
    expect(JSON.stringify(denied.map((e) => e.details))).not.toContain('SECRET-NARRATIVE');

    const before = await ctx.prisma.auditEvent.count({ where: { action: 'access.denied' } });
    await ctx.http().get(`/api/access-reports/${crypto.randomUUID()}`).set(otherWorker).expect(404);
    await ctx.http().get('/api/access-reports/not-an-id').set(otherWorker).expect(404);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'access.denied' } })).toBe(before);
  });

  it('creating a report in a county that is not yours is refused and recorded, with no report id', async () => {
    await ctx.http().post('/api/access-reports').set(otherWorker).send(draftBody()).expect(403);
    const [event] = await ctx.prisma.auditEvent.findMany({
      where: { userId: otherWorkerId, action: 'access.denied' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(event).toMatchObject({
      reportId: null,
      details: { method: 'POST', route: '/api/access-reports', status: 403 },
    });
  });
});

describe('reads of lists, and statistics, are events', () => {
  it('the report list, the users list and the audit list', async () => {
    const since = (await ctx.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await ctx.http().get('/api/access-reports?status=DRAFT&pageSize=5').set(worker).expect(200);
    await ctx.http().get('/api/users?page=1').set(admin).expect(200);
    await ctx.http().get(`/api/audit-events?action=report.listed&userId=${workerId}`).set(admin).expect(200);
    const listed = await ctx.prisma.auditEvent.findMany({
      where: { id: { gt: since }, action: { in: ['report.listed', 'user.listed', 'audit.listed'] } },
      orderBy: { id: 'asc' },
    });
    expect(listed.map((e) => [e.action, e.userId, e.details])).toEqual([
      [
        'report.listed',
        workerId,
        {
          countyCode: '55079',
          filters: { status: 'DRAFT', from: null, to: null, page: 1, pageSize: 5 },
          total: expect.any(Number),
        },
      ],
      ['user.listed', adminId, { page: 1, pageSize: 50, total: expect.any(Number) }],
      [
        'audit.listed',
        adminId,
        { filters: { action: 'report.listed', userId: workerId, page: 1, pageSize: 50 }, total: 1 },
      ],
    ]);
  });

  it('every statistics request, with its period, the county scope and whether it was suppressed', async () => {
    await ctx
      .http()
      .get('/api/reports/sex-trafficking?from=2018-01-01&to=2018-12-31&suppress=true')
      .set(supervisor)
      .expect(200);
    await ctx.http().get('/api/reports/sex-trafficking.csv?from=2018-01-01&to=2018-06-30').set(admin).expect(200);
    await ctx.http().get('/api/reports/compliance?from=2018-01-01&to=2018-03-31').set(admin).expect(200);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'statistics.requested' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => [e.userId, e.details])).toEqual([
      [
        supervisorId,
        { report: 'sex-trafficking', from: '2018-01-01', to: '2018-12-31', countyCode: '55079', suppressed: true },
      ],
      [
        adminId,
        { report: 'sex-trafficking.csv', from: '2018-01-01', to: '2018-06-30', countyCode: null, suppressed: false },
      ],
      [adminId, { report: 'compliance', from: '2018-01-01', to: '2018-03-31', countyCode: null, suppressed: false }],
    ]);
  });
});

describe('GET /api/access-reports/:id/access-log', () => {
  it("the county's supervisor sees who read or changed the report, refused attempts included, newest first", async () => {
    const report = await createReport(ctx, worker);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(otherWorker).expect(404);
    const res = await ctx.http().get(`/api/access-reports/${report.id}/access-log`).set(supervisor).expect(200);
    expect(res.body).toEqual([
      {
        at: expect.stringMatching(/Z$/),
        userId: supervisorId,
        userName: 'Sam Supervisor',
        action: 'report.access_log_read',
      },
      { at: expect.any(String), userId: otherWorkerId, userName: expect.any(String), action: 'access.denied' },
      { at: expect.any(String), userId: workerId, userName: 'Wanda Worker', action: 'report.read' },
      { at: expect.any(String), userId: workerId, userName: 'Wanda Worker', action: 'report.created' },
    ]);
    const times = res.body.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('a worker 403, another county 404, an admin 403, each recorded as refused', async () => {
    const report = await createReport(ctx, worker);
    const other = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' });
    await ctx.http().get(`/api/access-reports/${report.id}/access-log`).set(worker).expect(403);
    await ctx.http().get(`/api/access-reports/${report.id}/access-log`).set(other.auth).expect(404);
    await ctx.http().get(`/api/access-reports/${report.id}/access-log`).set(admin).expect(403);
    const denied = await ctx.prisma.auditEvent.findMany({
      where: { reportId: report.id, action: 'access.denied' },
      orderBy: { id: 'asc' },
    });
    expect(denied.map((e) => e.userId)).toEqual([workerId, other.user.id, adminId]);
  });
});

describe('OpenAPI', () => {
  it('describes the access log and the new audit filters', async () => {
    const { body } = await ctx.http().get('/api/docs-json').expect(200);
    const log = body.paths['/api/access-reports/{id}/access-log']?.get;
    expect(log?.responses?.['200']).toBeDefined();
    expect(JSON.stringify(log.responses['200'])).toMatch(/AccessLogDto|userName/);
    const params = (body.paths['/api/audit-events'].get.parameters as { name: string }[]).map((p) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['entityId', 'userId', 'reportId', 'action', 'from', 'to', 'page', 'pageSize']),
    );
    expect(JSON.stringify(body.components.schemas)).toContain('userName');
  });
});
