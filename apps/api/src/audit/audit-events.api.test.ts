import crypto from 'node:crypto';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { buildUser } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const admin = () => signedIn(ctx, { role: 'ADMIN' });
const entity = () => `test-entity-${crypto.randomUUID()}`;
const event = (entityId: string, at: string, action = 'test.touched', userId: string | null = null) =>
  ctx.prisma.auditEvent.create({
    data: { at: new Date(at), action, entityType: 'Test', entityId, userId, ip: '192.0.2.7' },
  });

describe('who may read the audit trail', () => {
  it('an admin only: 401 signed out, 403 for county staff', async () => {
    await ctx.http().get('/api/audit-events').expect(401);
    for (const role of ['ACCESS_WORKER', 'SUPERVISOR'] as const) {
      const { auth } = await signedIn(ctx, { role });
      const res = await ctx.http().get('/api/audit-events').set(auth).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
  });

  it('no route changes or deletes an event', async () => {
    const { auth } = await admin();
    const { id } = await event(entity(), '2026-11-23T12:00:00.000Z');
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      await ctx.http()[method](`/api/audit-events/${id}`).set(auth).send({ action: 'erased' }).expect(404);
    }
    await ctx.http().delete('/api/audit-events').set(auth).expect(404);
    expect(await ctx.prisma.auditEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ action: 'test.touched' });
  });
});

describe('GET /api/audit-events', () => {
  it('shows a sign-in, with the contract fields and the id as a string', async () => {
    const { auth } = await admin();
    const { user } = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' });
    const res = await ctx.http().get(`/api/audit-events?userId=${user.id}`).set(auth).expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items).toEqual([
      {
        id: expect.stringMatching(/^\d+$/),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        userId: user.id,
        action: 'auth.login',
        entityType: 'User',
        entityId: user.id,
        reportId: null,
        reportNumber: null,
        ip: expect.any(String),
      },
    ]);
    expect(Date.now() - Date.parse(res.body.items[0].at)).toBeLessThan(60_000);
  });

  it('lists the newest first; filters by entity and by user', async () => {
    const { auth } = await admin();
    const [a, b] = [entity(), entity()];
    const actor = await buildUser(ctx.prisma);
    await event(a, '2026-11-20T15:00:00.000Z', 'test.first', actor.id);
    await event(a, '2026-11-21T15:00:00.000Z', 'test.second');
    await event(b, '2026-11-22T15:00:00.000Z', 'test.other', actor.id);
    const byEntity = await ctx.http().get(`/api/audit-events?entityId=${a}`).set(auth).expect(200);
    expect(byEntity.body.items.map((e: { action: string }) => e.action)).toEqual(['test.second', 'test.first']);
    expect(byEntity.body.total).toBe(2);
    const byUser = await ctx.http().get(`/api/audit-events?userId=${actor.id}`).set(auth).expect(200);
    expect(byUser.body.items.map((e: { entityId: string }) => e.entityId)).toEqual([b, a]);
    const both = await ctx.http().get(`/api/audit-events?userId=${actor.id}&entityId=${a}`).set(auth).expect(200);
    expect(both.body.items.map((e: { action: string }) => e.action)).toEqual(['test.first']);
    const empty = await ctx.http().get(`/api/audit-events?entityId=${a}&userId=&from=&to=`).set(auth).expect(200);
    expect(empty.body.total).toBe(2);
  });

  it('from and to are Chicago dates, both included: to=2026-11-23 includes 23:59 that evening', async () => {
    const { auth } = await admin();
    const id = entity();
    await event(id, '2026-11-22T05:59:59.999Z', 'test.nov21-late'); // 23:59:59 on the 21st in Chicago (CST)
    await event(id, '2026-11-22T06:00:00.000Z', 'test.nov22-start');
    await event(id, '2026-11-24T05:59:00.000Z', 'test.nov23-2359'); // 23:59 on the 23rd in Chicago, 05:59 UTC on the 24th
    await event(id, '2026-11-24T06:00:00.000Z', 'test.nov24-start');
    const range = await ctx
      .http()
      .get(`/api/audit-events?entityId=${id}&from=2026-11-22&to=2026-11-23`)
      .set(auth)
      .expect(200);
    expect(range.body.items.map((e: { action: string }) => e.action)).toEqual(['test.nov23-2359', 'test.nov22-start']);
    const oneDay = await ctx
      .http()
      .get(`/api/audit-events?entityId=${id}&from=2026-11-23&to=2026-11-23`)
      .set(auth)
      .expect(200);
    expect(oneDay.body.items.map((e: { action: string }) => e.action)).toEqual(['test.nov23-2359']);
    const since = await ctx.http().get(`/api/audit-events?entityId=${id}&from=2026-11-24`).set(auth).expect(200);
    expect(since.body.items.map((e: { action: string }) => e.action)).toEqual(['test.nov24-start']);
    const until = await ctx.http().get(`/api/audit-events?entityId=${id}&to=2026-11-21`).set(auth).expect(200);
    expect(until.body.items.map((e: { action: string }) => e.action)).toEqual(['test.nov21-late']);
  });

  it('in summer a Chicago day starts at 05:00 UTC (CDT)', async () => {
    const { auth } = await admin();
    const id = entity();
    await event(id, '2026-07-01T04:59:59.000Z', 'test.june30');
    await event(id, '2026-07-01T05:00:00.000Z', 'test.july1');
    const res = await ctx
      .http()
      .get(`/api/audit-events?entityId=${id}&from=2026-07-01&to=2026-07-01`)
      .set(auth)
      .expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['test.july1']);
  });

  it('pages: { items, total }, pageSize up to 200', async () => {
    const { auth } = await admin();
    const id = entity();
    for (let day = 1; day <= 5; day++) await event(id, `2026-10-0${day}T12:00:00.000Z`, `test.day${day}`);
    const page2 = await ctx.http().get(`/api/audit-events?entityId=${id}&page=2&pageSize=2`).set(auth).expect(200);
    expect(page2.body).toEqual({
      items: [expect.objectContaining({ action: 'test.day3' }), expect.objectContaining({ action: 'test.day2' })],
      total: 5,
    });
    const all = await ctx.http().get('/api/audit-events').set(auth).expect(200);
    expect(all.body.items.length).toBe(Math.min(50, all.body.total));
    await ctx.http().get('/api/audit-events?pageSize=201').set(auth).expect(400);
  });

  it.each([
    ['from=2026-11-24&to=2026-11-23', 'to'],
    ['from=2026-02-30', 'from'],
    ['to=23/11/2026', 'to'],
    ['userId=jane', 'userId'],
  ])('refuses ?%s (400 naming %s)', async (query, field) => {
    const { auth } = await admin();
    const res = await ctx.http().get(`/api/audit-events?${query}`).set(auth).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual([field]);
  });

  it('shows the admin changes of the other features', async () => {
    const { user, auth } = await admin();
    const created = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .send({
        email: `audited.${process.pid}@dane.wi.gov`,
        name: 'Audited Person',
        role: 'ACCESS_WORKER',
        countyCode: '55025',
      })
      .expect(201);
    await ctx
      .http()
      .post('/api/calendar/holidays')
      .set(auth)
      .send({ date: '2050-12-26', name: 'Extra day' })
      .expect(201);
    const res = await ctx.http().get(`/api/audit-events?userId=${user.id}`).set(auth).expect(200);
    expect(res.body.items.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([
      ['holiday.created', '2050-12-26'],
      ['user.created', created.body.id],
      ['auth.login', user.id],
    ]);
  });
});
