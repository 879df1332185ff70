import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { TEST_PASSWORD } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const login = (email: string, password: string) => ctx.http().post('/api/auth/login').send({ email, password });

describe('POST /api/auth/password', () => {
  it("changes the password (204): this session stays, the user's other sessions end, the old password stops working; audited", async () => {
    const me = await signedIn(ctx);
    const other = await login(me.user.email, TEST_PASSWORD).expect(200);
    const otherAuth = { Authorization: `Bearer ${other.body.token}` };
    await ctx
      .http()
      .post('/api/auth/password')
      .set(me.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'my-fresh-password' })
      .expect(204);
    await ctx.http().get('/api/auth/me').set(me.auth).expect(200);
    await ctx.http().get('/api/auth/me').set(otherAuth).expect(401);
    await login(me.user.email, TEST_PASSWORD).expect(401);
    await login(me.user.email, 'my-fresh-password').expect(200);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { entityId: me.user.id, action: 'auth.password_changed' },
      select: { userId: true, details: true },
    });
    expect(events).toEqual([{ userId: me.user.id, details: null }]);
  });

  it('a wrong current password is 400 naming currentPassword, changes nothing, and counts as a failed sign-in', async () => {
    const me = await signedIn(ctx);
    const res = await ctx
      .http()
      .post('/api/auth/password')
      .set(me.auth)
      .send({ currentPassword: 'not-my-password', newPassword: 'my-fresh-password' })
      .expect(400);
    expect(res.body.issues).toEqual([{ path: 'currentPassword', message: 'is not right' }]);
    await ctx.http().get('/api/auth/me').set(me.auth).expect(200); // still signed in: the session is fine, the input is not
    expect(await ctx.prisma.loginFailure.count({ where: { email: me.user.email } })).toBe(1);
    for (let i = 0; i < 4; i++) await login(me.user.email, `wrong-${i}`).expect(401);
    // 5 failures in all: the next try is throttled, here as at sign-in, even with the right password.
    await ctx
      .http()
      .post('/api/auth/password')
      .set(me.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'my-fresh-password' })
      .expect(429);
    await login(me.user.email, TEST_PASSWORD).expect(429);
  });

  it('refuses a new password under 12 characters, or the same as the current one (400 naming newPassword)', async () => {
    const me = await signedIn(ctx);
    const short = await ctx
      .http()
      .post('/api/auth/password')
      .set(me.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'too-short' })
      .expect(400);
    expect(short.body.issues).toEqual([{ path: 'newPassword', message: 'must be at least 12 characters' }]);
    const same = await ctx
      .http()
      .post('/api/auth/password')
      .set(me.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD })
      .expect(400);
    expect(same.body.issues).toEqual([
      { path: 'newPassword', message: 'must be different from your current password' },
    ]);
    await login(me.user.email, TEST_PASSWORD).expect(200);
  });

  it('needs a session (401), and from a cookie, a same-site origin (403)', async () => {
    await ctx
      .http()
      .post('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'my-fresh-password' })
      .expect(401);
    const me = await signedIn(ctx);
    await ctx
      .http()
      .post('/api/auth/password')
      .set('Cookie', `cps_session=${me.token}`)
      .set('Origin', 'https://evil.example')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'my-fresh-password' })
      .expect(403);
    await login(me.user.email, TEST_PASSWORD).expect(200);
  });
});

describe('sessions end SESSION_MAX_HOURS after sign-in, whatever the activity', () => {
  it('a session signed in 16 hours ago has ended even though it was used a minute ago', async () => {
    const me = await signedIn(ctx);
    await ctx.prisma.session.updateMany({
      where: { userId: me.user.id },
      data: { createdAt: new Date(Date.now() - 16 * 3_600_000 + 60_000) },
    });
    await ctx.http().get('/api/auth/me').set(me.auth).expect(200); // 15 h 59 min: still open
    await ctx.prisma.session.updateMany({
      where: { userId: me.user.id },
      data: { createdAt: new Date(Date.now() - 16 * 3_600_000 - 1000), lastSeenAt: new Date(Date.now() - 60_000) },
    });
    await ctx.http().get('/api/auth/me').set(me.auth).expect(401);
  });

  it('follows SESSION_MAX_HOURS', async () => {
    const short = await createTestApp({ SESSION_MAX_HOURS: 2 });
    try {
      const me = await signedIn(short);
      await short.prisma.session.updateMany({
        where: { userId: me.user.id },
        data: { createdAt: new Date(Date.now() - 2 * 3_600_000 - 1000) },
      });
      await short.http().get('/api/auth/me').set(me.auth).expect(401);
    } finally {
      await short.close();
    }
  });

  it('the session cookie lasts no longer than the shorter limit', async () => {
    const me = await signedIn(ctx);
    const res = await login(me.user.email, TEST_PASSWORD).expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=43200/); // 12 hours idle < 16 hours
  });
});
