import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { buildUser, TEST_PASSWORD } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const admin = () => signedIn(ctx, { role: 'ADMIN' });
const paths = (body: { issues?: { path: string }[] }) => (body.issues ?? []).map((i) => i.path).sort();
const eventsOf = (entityId: string, action: string) =>
  ctx.prisma.auditEvent.findMany({
    where: { entityId, action },
    orderBy: { id: 'asc' },
    select: { userId: true, details: true, ip: true },
  });

// Today in Chicago, plus some days.
function chicagoDay(days: number): string {
  const date = new Date(
    `${new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date())}T00:00:00Z`,
  );
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('PATCH /api/users/:id', () => {
  it('changes name, county and training; the audit event names the changed fields, never their values', async () => {
    const { user: actor, auth } = await admin();
    const target = await buildUser(ctx.prisma, { countyCode: '55079', name: 'Jordan Before' });
    const res = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({
        name: 'Jordan After',
        countyCode: '55025',
        role: 'ACCESS_WORKER',
        sexTraffickingTrainingCompletedOn: '2019-04-02',
      })
      .expect(200);
    expect(res.body).toEqual({
      id: target.id,
      email: target.email,
      name: 'Jordan After',
      role: 'ACCESS_WORKER',
      countyCode: '55025',
      active: true,
      sexTraffickingTrainingCompletedOn: '2019-04-02',
    });
    const events = await eventsOf(target.id, 'user.updated');
    expect(events).toEqual([
      {
        userId: actor.id,
        ip: expect.any(String),
        details: { fields: ['name', 'countyCode', 'sexTraffickingTrainingCompletedOn'] },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Jordan|55025|2019/);
  });

  it('clears the training date with null', async () => {
    const { auth } = await admin();
    const target = await buildUser(ctx.prisma);
    const res = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({ sexTraffickingTrainingCompletedOn: null })
      .expect(200);
    expect(res.body.sexTraffickingTrainingCompletedOn).toBeNull();
  });

  it('refuses a password (400 naming it, in words): an admin resets, never sets; the old one keeps working', async () => {
    const { auth } = await admin();
    const target = await buildUser(ctx.prisma);
    const res = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({ password: 'brand-new-password-1' })
      .expect(400);
    expect(res.body.issues).toEqual([
      { path: 'password', message: expect.stringMatching(/^An administrator does not set passwords/) },
    ]);
    await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: target.email, password: 'brand-new-password-1' })
      .expect(401);
    await ctx.http().post('/api/auth/login').send({ email: target.email, password: TEST_PASSWORD }).expect(200);
    expect(await eventsOf(target.id, 'user.updated')).toEqual([]);
  });

  it('a change to the same values changes nothing and writes no audit event', async () => {
    const { auth } = await admin();
    const target = await buildUser(ctx.prisma, { countyCode: '55079' });
    const res = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({ name: target.name, countyCode: '55079', active: true })
      .expect(200);
    expect(res.body).toMatchObject({ id: target.id, name: target.name });
    expect(await eventsOf(target.id, 'user.updated')).toEqual([]);
  });

  it('making a user an admin clears the county; an admin made county staff needs a county', async () => {
    const { auth } = await admin();
    const target = await buildUser(ctx.prisma, { role: 'SUPERVISOR', countyCode: '55009' });
    const promoted = await ctx.http().patch(`/api/users/${target.id}`).set(auth).send({ role: 'ADMIN' }).expect(200);
    expect(promoted.body).toMatchObject({ role: 'ADMIN', countyCode: null });
    expect((await eventsOf(target.id, 'user.updated')).map((e) => e.details)).toEqual([
      { fields: ['role', 'countyCode'] },
    ]);

    const noCounty = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({ role: 'SUPERVISOR' })
      .expect(400);
    expect(paths(noCounty.body)).toEqual(['countyCode']);
    const back = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({ role: 'SUPERVISOR', countyCode: '55009' })
      .expect(200);
    expect(back.body).toMatchObject({ role: 'SUPERVISOR', countyCode: '55009' });
  });

  it.each([
    ['a county for an admin', 'ADMIN', { countyCode: '55079' }],
    ['a county for someone made an admin', 'SUPERVISOR', { role: 'ADMIN', countyCode: '55079' }],
    ['clearing the county of a worker', 'ACCESS_WORKER', { countyCode: null }],
    ['a county that does not exist', 'ACCESS_WORKER', { countyCode: '55999' }],
    ['a training date in the future', 'ACCESS_WORKER', { sexTraffickingTrainingCompletedOn: chicagoDay(2) }],
  ] as const)('refuses %s (400) and changes nothing', async (_, role, change) => {
    const { auth } = await admin();
    const target = await buildUser(ctx.prisma, { role });
    const res = await ctx.http().patch(`/api/users/${target.id}`).set(auth).send(change).expect(400);
    expect(paths(res.body)).toEqual([
      Object.keys(change).includes('countyCode') ? 'countyCode' : 'sexTraffickingTrainingCompletedOn',
    ]);
    const after = await ctx.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect([after.role, after.countyCode]).toEqual([target.role, target.countyCode]);
    expect(await eventsOf(target.id, 'user.updated')).toEqual([]);
  });

  it("deactivating ends the user's sessions at once (revokedAt set) and sign-in is refused", async () => {
    const { auth } = await admin();
    const target = await signedIn(ctx, { role: 'SUPERVISOR' });
    await ctx.http().get('/api/auth/me').set(target.auth).expect(200);
    const res = await ctx.http().patch(`/api/users/${target.user.id}`).set(auth).send({ active: false }).expect(200);
    expect(res.body.active).toBe(false);
    await ctx.http().get('/api/auth/me').set(target.auth).expect(401);
    const sessions = await ctx.prisma.session.findMany({ where: { userId: target.user.id } });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    await ctx.http().post('/api/auth/login').send({ email: target.user.email, password: TEST_PASSWORD }).expect(401);
    // Reactivated, the user signs in again; the old token stays dead.
    await ctx.http().patch(`/api/users/${target.user.id}`).set(auth).send({ active: true }).expect(200);
    await ctx.http().get('/api/auth/me').set(target.auth).expect(401);
    await ctx.http().post('/api/auth/login').send({ email: target.user.email, password: TEST_PASSWORD }).expect(200);
  });

  it("a change of role or of county ends the user's sessions at once; a change of name or training does not", async () => {
    const { auth } = await admin();
    const target = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
    await ctx
      .http()
      .patch(`/api/users/${target.user.id}`)
      .set(auth)
      .send({ name: 'Renamed Person', sexTraffickingTrainingCompletedOn: '2019-01-02' })
      .expect(200);
    await ctx.http().get('/api/auth/me').set(target.auth).expect(200);
    await ctx.http().patch(`/api/users/${target.user.id}`).set(auth).send({ countyCode: '55025' }).expect(200);
    await ctx.http().get('/api/auth/me').set(target.auth).expect(401);

    const login = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: target.user.email, password: TEST_PASSWORD })
      .expect(200);
    const again = { Authorization: `Bearer ${login.body.token}` };
    await ctx.http().patch(`/api/users/${target.user.id}`).set(auth).send({ role: 'SUPERVISOR' }).expect(200);
    await ctx.http().get('/api/auth/me').set(again).expect(401);
  });

  it('an unknown id is 404, before the body is even read', async () => {
    const { auth } = await admin();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await ctx.http().patch(`/api/users/${id}`).set(auth).send({ role: 'CASEWORKER' }).expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'User not found' });
    }
    const target = await buildUser(ctx.prisma);
    const res = await ctx
      .http()
      .patch(`/api/users/${target.id}`)
      .set(auth)
      .send({ role: 'CASEWORKER', active: 'no' })
      .expect(400);
    expect(paths(res.body)).toEqual(['active', 'role']);
  });
});

describe('the last active admin', () => {
  // Leaves exactly these admins active; the admins of other tests sign in anew each time.
  async function onlyActiveAdmins(...ids: string[]) {
    await ctx.prisma.user.updateMany({ where: { role: 'ADMIN', id: { notIn: ids } }, data: { active: false } });
  }

  it('cannot be deactivated or demoted (409), until another admin exists', async () => {
    const { user: last, auth } = await admin();
    await onlyActiveAdmins(last.id);
    for (const change of [{ active: false }, { role: 'SUPERVISOR', countyCode: '55079' }]) {
      const res = await ctx.http().patch(`/api/users/${last.id}`).set(auth).send(change).expect(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        message: expect.stringMatching(/last active admin/),
      });
    }
    expect(await ctx.prisma.user.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({
      role: 'ADMIN',
      active: true,
    });
    expect(await eventsOf(last.id, 'user.updated')).toEqual([]);

    const other = await buildUser(ctx.prisma, { role: 'ADMIN' });
    await ctx
      .http()
      .patch(`/api/users/${last.id}`)
      .set(auth)
      .send({ role: 'SUPERVISOR', countyCode: '55079' })
      .expect(200);
    await ctx.http().get('/api/users').set(auth).expect(401); // a change of role ends the open session at once
    // `other` is now the last active admin, and may not remove itself either.
    const login = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: other.email, password: TEST_PASSWORD })
      .expect(200);
    await ctx
      .http()
      .patch(`/api/users/${other.id}`)
      .set({ Authorization: `Bearer ${login.body.token}` })
      .send({ active: false })
      .expect(409);
  });

  it('two admins removing each other at the same moment: one succeeds, and one admin stays active', async () => {
    const a = await admin();
    const b = await admin();
    await onlyActiveAdmins(a.user.id, b.user.id);
    const results = await Promise.all([
      ctx.http().patch(`/api/users/${b.user.id}`).set(a.auth).send({ active: false }),
      ctx.http().patch(`/api/users/${a.user.id}`).set(b.auth).send({ active: false }),
    ]);
    // The loser gets 409 from the locked check, or 401 if the winner already ended its session.
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([401, 409]).toContain(statuses[1]);
    expect(await ctx.prisma.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });

  it('waits for another change to the admins to commit before counting them', async () => {
    const a = await admin();
    const b = await admin();
    await onlyActiveAdmins(a.user.id, b.user.id);
    // Another transaction is deactivating b and has not committed yet.
    let updated!: () => void;
    let commit!: () => void;
    const ready = new Promise<void>((resolve) => (updated = resolve));
    const held = new Promise<void>((resolve) => (commit = resolve));
    const other = ctx.prisma.$transaction(
      async (tx) => {
        await tx.user.update({ where: { id: b.user.id }, data: { active: false } });
        updated();
        await held;
      },
      { timeout: 10_000 },
    );
    await ready;
    const patch = ctx
      .http()
      .patch(`/api/users/${a.user.id}`)
      .set(a.auth)
      .send({ active: false })
      .then((res) => res);
    await new Promise((resolve) => setTimeout(resolve, 300));
    commit();
    await other;
    expect((await patch).status).toBe(409);
    expect(await ctx.prisma.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });
});
