import { TEST_PASSWORD } from '../src/seed/builders';
import { createEpisode, episodeBody } from './episode-bodies';
import { createReport, draftBody, screenedIn, screenIn, submitReport } from './report-bodies';
import { createTestApp, signedIn, type TestContext } from './test-app';

// Who may call what, over every endpoint of docs/http-api.md (reports excepted: their own issue). For each
// endpoint and each caller: anonymous → 401; a role the endpoint is not for → 403; a record of
// another county → 404; otherwise the endpoint's success status. Each call gets fresh data.

type Role = 'ACCESS_WORKER' | 'SUPERVISOR' | 'ADMIN';
type Caller = 'anonymous' | 'worker' | 'supervisor' | 'otherWorker' | 'otherSupervisor' | 'admin';
type Call = { method: 'get' | 'post' | 'put' | 'patch' | 'delete'; path: string; body?: object };
type Endpoint = { name: string; roles: Role[] | 'any'; scoped: boolean; success: number; call: () => Promise<Call> };

let ctx: TestContext;
const auth = {} as Record<Exclude<Caller, 'anonymous'>, { Authorization: string }>;
let day = 0;

beforeAll(async () => {
  ctx = await createTestApp();
  const make = (role: Role, countyCode: string | null) => signedIn(ctx, { role, countyCode }).then((s) => s.auth);
  [auth.worker, auth.supervisor, auth.otherWorker, auth.otherSupervisor, auth.admin] = await Promise.all([
    make('ACCESS_WORKER', '55079'),
    make('SUPERVISOR', '55079'),
    make('ACCESS_WORKER', '55025'),
    make('SUPERVISOR', '55025'),
    make('ADMIN', null),
  ]);
});
afterAll(() => ctx.close());

const draft = () => createReport(ctx, auth.worker);
const police = { notifiedAt: '2018-03-06T17:00:00.000Z', agency: 'Milwaukee Police Department', method: 'PHONE' };
const uniqueDate = () => `2030-01-${String((day++ % 28) + 1).padStart(2, '0')}`;

const endpoints: Endpoint[] = [
  {
    name: 'GET /api/auth/me',
    roles: 'any',
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/auth/me' }),
  },
  {
    name: 'GET /api/reference/counties',
    roles: 'any',
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/reference/counties' }),
  },
  {
    name: 'GET /api/reference/codes',
    roles: 'any',
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/reference/codes' }),
  },
  {
    name: 'GET /api/persons/search',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/persons/search?lastName=Testchild' }),
  },
  {
    name: 'GET /api/persons/:id/history',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/persons/${(await draft()).persons[0].id}/history` }),
  },
  {
    name: 'GET /api/access-reports',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/access-reports' }),
  },
  {
    name: 'GET /api/access-reports/:id',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/access-reports/${(await draft()).id}` }),
  },
  {
    name: 'PUT /api/access-reports/:id',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({
      method: 'put',
      path: `/api/access-reports/${(await draft()).id}`,
      body: { ...draftBody(), version: 1 },
    }),
  },
  {
    name: 'POST /api/access-reports/:id/submit',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({
      method: 'post',
      path: `/api/access-reports/${(await draft()).id}/submit`,
      body: { version: 1 },
    }),
  },
  {
    name: 'POST /api/access-reports/:id/screening-decision',
    roles: ['SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => {
      const report = await submitReport(ctx, auth.worker);
      return {
        method: 'post',
        path: `/api/access-reports/${report.id}/screening-decision`,
        body: { version: report.version, ...screenIn },
      };
    },
  },
  {
    name: 'POST /api/access-reports/:id/law-enforcement-notifications',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 201,
    call: async () => ({
      method: 'post',
      path: `/api/access-reports/${(await draft()).id}/law-enforcement-notifications`,
      body: police,
    }),
  },
  {
    name: 'POST /api/access-reports/:id/tribal-notifications',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 201,
    call: async () => ({
      method: 'post',
      path: `/api/access-reports/${(await draft()).id}/tribal-notifications`,
      body: { notifiedAt: police.notifiedAt, tribe: 'Oneida Nation', method: 'EMAIL' },
    }),
  },
  {
    name: 'POST /api/access-reports/:id/contacts',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 201,
    call: async () => {
      const report = await screenedIn(ctx, auth.worker, auth.supervisor);
      return {
        method: 'post',
        path: `/api/access-reports/${report.id}/contacts`,
        body: {
          personId: report.persons[0].personId,
          kind: 'CHILD_SEEN',
          outcome: 'COMPLETED',
          at: '2018-03-06T18:00:00.000Z',
        },
      };
    },
  },
  {
    name: 'PUT /api/allegations/:id/finding',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => {
      const report = await screenedIn(ctx, auth.worker, auth.supervisor);
      return {
        method: 'put',
        path: `/api/allegations/${report.allegations[0].id}/finding`,
        body: { finding: 'UNSUBSTANTIATED', maltreaterInterviewed: true, rationale: 'Not enough evidence.' },
      };
    },
  },
  {
    name: 'GET /api/access-reports/:id/access-log',
    roles: ['SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/access-reports/${(await draft()).id}/access-log` }),
  },
  {
    name: 'POST /api/access-reports/:id/assignment',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({
      method: 'post',
      path: `/api/access-reports/${(await draft()).id}/assignment`,
      body: { version: 1, userId: (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).user.id },
    }),
  },
  {
    name: 'POST /api/access-reports/:id/discard',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({
      method: 'post',
      path: `/api/access-reports/${(await createReport(ctx, auth.worker, { countyCode: '55079' })).id}/discard`,
      body: { version: 1, reason: 'Opened by mistake' },
    }),
  },
  {
    name: 'POST /api/access-reports/:id/transfer',
    roles: ['SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({
      method: 'post',
      path: `/api/access-reports/${(await draft()).id}/transfer`,
      body: { version: 1, countyCode: '55001', reason: 'The child lives there' },
    }),
  },
  {
    name: 'GET /api/reference/colleagues',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/reference/colleagues' }),
  },
  {
    name: 'GET /api/assignment-notices',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/assignment-notices' }),
  },
  {
    name: 'GET /api/missing-episodes',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/missing-episodes?open=true' }),
  },
  {
    name: 'GET /api/missing-episodes/:id',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/missing-episodes/${(await createEpisode(ctx, auth.worker)).id}` }),
  },
  {
    name: 'PATCH /api/missing-episodes/:id',
    roles: ['ACCESS_WORKER', 'SUPERVISOR'],
    scoped: true,
    success: 200,
    call: async () => ({
      method: 'patch',
      path: `/api/missing-episodes/${(await createEpisode(ctx, auth.worker)).id}`,
      body: { version: 1, ncmecReportedAt: '2018-03-11T12:00:00.000Z', ncmecCaseNumber: '1311223' },
    }),
  },
  {
    name: 'GET /api/users',
    roles: ['ADMIN'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/users' }),
  },
  {
    name: 'POST /api/users',
    roles: ['ADMIN'],
    scoped: false,
    success: 201,
    call: async () => ({
      method: 'post',
      path: '/api/users',
      body: { email: `new${day++}@county.wi.gov`, name: 'New Worker', role: 'ACCESS_WORKER', countyCode: '55079' },
    }),
  },
  {
    name: 'POST /api/users/:id/password-reset',
    roles: ['ADMIN'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'post', path: `/api/users/${(await signedIn(ctx)).user.id}/password-reset` }),
  },
  {
    name: 'PATCH /api/users/:id',
    roles: ['ADMIN'],
    scoped: false,
    success: 200,
    call: async () => ({
      method: 'patch',
      path: `/api/users/${(await signedIn(ctx)).user.id}`,
      body: { name: 'Renamed' },
    }),
  },
  {
    name: 'GET /api/calendar/holidays',
    roles: 'any',
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/calendar/holidays?year=2018' }),
  },
  {
    name: 'POST /api/calendar/holidays',
    roles: ['ADMIN'],
    scoped: false,
    success: 201,
    call: async () => ({
      method: 'post',
      path: '/api/calendar/holidays',
      body: { date: uniqueDate(), name: 'Test day' },
    }),
  },
  {
    name: 'DELETE /api/calendar/holidays/:date',
    roles: ['ADMIN'],
    scoped: false,
    success: 204,
    call: async () => {
      const date = uniqueDate();
      await ctx.prisma.holiday.upsert({
        where: { date: new Date(`${date}T00:00:00Z`) },
        create: { date: new Date(`${date}T00:00:00Z`), name: 'Test day' },
        update: {},
      });
      return { method: 'delete', path: `/api/calendar/holidays/${date}` };
    },
  },
  {
    name: 'GET /api/audit-events',
    roles: ['ADMIN'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/audit-events' }),
  },
  {
    name: 'GET /api/reports/ncands-child-file/validation',
    roles: ['ADMIN'],
    scoped: false,
    success: 200,
    call: async () => ({ method: 'get', path: '/api/reports/ncands-child-file/validation?fiscalYear=2018' }),
  },
  // Each caller changes their own password once; their session stays, so the calls after it still work.
  {
    name: 'POST /api/auth/password',
    roles: 'any',
    scoped: false,
    success: 204,
    call: async () => ({
      method: 'post',
      path: '/api/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a-changed-password' },
    }),
  },
];

const callers: { caller: Caller; role?: Role; ownCounty: boolean }[] = [
  { caller: 'anonymous', ownCounty: false },
  { caller: 'worker', role: 'ACCESS_WORKER', ownCounty: true },
  { caller: 'supervisor', role: 'SUPERVISOR', ownCounty: true },
  { caller: 'otherWorker', role: 'ACCESS_WORKER', ownCounty: false },
  { caller: 'otherSupervisor', role: 'SUPERVISOR', ownCounty: false },
  { caller: 'admin', role: 'ADMIN', ownCounty: false },
];

function expected(endpoint: Endpoint, c: (typeof callers)[number]): number {
  if (c.caller === 'anonymous') return 401;
  if (endpoint.roles !== 'any' && !endpoint.roles.includes(c.role!)) return 403;
  if (endpoint.scoped && !c.ownCounty) return 404;
  return endpoint.success;
}

describe.each(endpoints)('$name', (endpoint) => {
  it.each(callers)('$caller', async (c) => {
    const { method, path, body } = await endpoint.call();
    let request = ctx.http()[method](path);
    if (c.caller !== 'anonymous') request = request.set(auth[c.caller]);
    const res = await (body ? request.send(body) : request);
    expect({ status: res.status, body: res.status >= 400 ? res.body : undefined }).toEqual({
      status: expected(endpoint, c),
      body: res.status >= 400 ? expect.objectContaining({ statusCode: res.status }) : undefined,
    });
  });
});

it('POST /api/access-reports: own county 201; another valid county 403; admins 403; anonymous 401', async () => {
  await ctx.http().post('/api/access-reports').send(draftBody()).expect(401);
  await ctx.http().post('/api/access-reports').set(auth.worker).send(draftBody()).expect(201);
  await ctx.http().post('/api/access-reports').set(auth.supervisor).send(draftBody()).expect(201);
  await ctx.http().post('/api/access-reports').set(auth.otherWorker).send(draftBody()).expect(403);
  await ctx
    .http()
    .post('/api/access-reports')
    .set(auth.otherSupervisor)
    .send(draftBody({ countyCode: '55025' }))
    .expect(201);
  await ctx.http().post('/api/access-reports').set(auth.admin).send(draftBody()).expect(403);
});

it('POST /api/missing-episodes: own county 201; another valid county 403; admins 403; anonymous 401', async () => {
  await ctx.http().post('/api/missing-episodes').send(episodeBody()).expect(401);
  await ctx.http().post('/api/missing-episodes').set(auth.worker).send(episodeBody()).expect(201);
  await ctx.http().post('/api/missing-episodes').set(auth.supervisor).send(episodeBody()).expect(201);
  await ctx.http().post('/api/missing-episodes').set(auth.otherWorker).send(episodeBody()).expect(403);
  await ctx
    .http()
    .post('/api/missing-episodes')
    .set(auth.otherSupervisor)
    .send(episodeBody({ countyCode: '55025' }))
    .expect(201);
  await ctx.http().post('/api/missing-episodes').set(auth.admin).send(episodeBody()).expect(403);
});
