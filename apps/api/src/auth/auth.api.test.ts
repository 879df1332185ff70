import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { buildUser, TEST_PASSWORD } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('POST /api/auth/login', () => {
  it('signs in: a token, the user, and an httpOnly SameSite=Strict cookie', async () => {
    const user = await buildUser(ctx.prisma, { role: 'SUPERVISOR', countyCode: '55025' });
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    expect(res.body.token).toMatch(/^[\w-]{43}$/);
    expect(res.body.user).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'SUPERVISOR',
      countyCode: '55025',
      active: true,
      sexTraffickingTrainingCompletedOn: '2018-01-15',
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`cps_session=${res.body.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = await ctx.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.tokenHash).not.toContain(res.body.token); // stored hashed
  });

  it('gives one message for an unknown email and for a wrong password', async () => {
    const user = await buildUser(ctx.prisma);
    const wrong = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.wi.gov', password: 'whatever-it-is' })
      .expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: unknown.body.message });
  });

  it('names the fields of a malformed body (400)', async () => {
    const res = await ctx.http().post('/api/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['email', 'password']);
    expect(res.body.message).toMatch(/email/i);
  });

  it('refuses a deactivated user', async () => {
    const user = await buildUser(ctx.prisma, { active: false });
    await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
  });

  it('throttles an email after 5 failures in 15 minutes (429), not other emails, and audits the failures', async () => {
    const user = await buildUser(ctx.prisma);
    for (let i = 0; i < 5; i++) {
      await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${i}` })
        .expect(401);
    }
    await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    const other = await buildUser(ctx.prisma);
    await ctx.http().post('/api/auth/login').send({ email: other.email, password: TEST_PASSWORD }).expect(200);
    const failures = await ctx.prisma.auditEvent.count({ where: { action: 'auth.login_failed', entityId: user.id } });
    expect(failures).toBe(5);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers with a Bearer token and with the cookie; nothing without', async () => {
    const { user, token } = await signedIn(ctx);
    const bearer = await ctx.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(bearer.body.id).toBe(user.id);
    const cookie = await ctx.http().get('/api/auth/me').set('Cookie', `cps_session=${token}`).expect(200);
    expect(cookie.body.email).toBe(user.email);
    const none = await ctx.http().get('/api/auth/me').expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await ctx.http().get('/api/auth/me').set('Authorization', 'Bearer forged-token').expect(401);
  });

  it('logout revokes the token (204, then 401) and audits sign-in and sign-out', async () => {
    const { user, auth } = await signedIn(ctx);
    await ctx.http().post('/api/auth/logout').set(auth).expect(204);
    await ctx.http().get('/api/auth/me').set(auth).expect(401);
    const actions = await ctx.prisma.auditEvent.findMany({
      where: { userId: user.id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['auth.login', 'auth.logout']);
  });

  it('a session idle for more than 12 hours has ended', async () => {
    const { user, auth } = await signedIn(ctx);
    await ctx.prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - 12 * 3600_000 - 1000) },
    });
    await ctx.http().get('/api/auth/me').set(auth).expect(401);
  });

  it("a deactivated user's sessions end at once", async () => {
    const { user, auth } = await signedIn(ctx);
    await ctx.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    await ctx.http().get('/api/auth/me').set(auth).expect(401);
  });

  it('refuses a cookie-authenticated unsafe request from another origin (CSRF), not a Bearer one', async () => {
    const { token } = await signedIn(ctx);
    await ctx
      .http()
      .post('/api/auth/logout')
      .set('Cookie', `cps_session=${token}`)
      .set('Origin', 'https://evil.example')
      .expect(403);
    await ctx.http().get('/api/auth/me').set('Cookie', `cps_session=${token}`).expect(200);
    await ctx
      .http()
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${token}`)
      .set('Origin', 'https://evil.example')
      .expect(204);
  });
});
