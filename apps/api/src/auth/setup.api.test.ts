import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { buildUser, TEST_PASSWORD } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ PUBLIC_URL: 'https://cps.example.wi.gov' });
});
afterAll(() => ctx.close());

let n = 0;
const admin = () => signedIn(ctx, { role: 'ADMIN' });
const newUser = () => ({
  email: `setup.person${++n}.${process.pid}@county.wi.gov`,
  name: `Setup Person ${n}`,
  role: 'ACCESS_WORKER',
  countyCode: '55025',
});
const tokenOf = (url: string) => new URL(url).hash.replace(/^#token=/, '');

async function created() {
  const { auth } = await admin();
  const body = newUser();
  const res = await ctx
    .http()
    .post('/api/users')
    .set(auth)
    .set('Idempotency-Key', `create-${body.email}`)
    .send(body)
    .expect(201);
  return {
    body,
    user: res.body,
    setup: res.body.setup as { token: string; url: string; expiresAt: string },
    adminAuth: auth,
  };
}

describe('a new user gets a one-time setup link, never a password', () => {
  it('POST /api/users answers with a setup link on PUBLIC_URL, the token in the fragment, valid 72 hours; nothing stored in the clear', async () => {
    const before = Date.now();
    const { user, setup } = await created();
    expect(setup.token).toMatch(/^[\w-]{43}$/);
    expect(setup.url).toBe(`https://cps.example.wi.gov/setup#token=${setup.token}`);
    const hours = (Date.parse(setup.expiresAt) - before) / 3_600_000;
    expect(hours).toBeGreaterThan(71.99);
    expect(hours).toBeLessThan(72.01);
    expect(setup.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const stored = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toBeNull();
    const tokens = await ctx.prisma.setupToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    expect(JSON.stringify(tokens)).not.toContain(setup.token);
    const idempotency = await ctx.prisma.idempotencyKey.findMany();
    expect(JSON.stringify(idempotency)).not.toContain(setup.token);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { entityId: user.id },
      select: { action: true, details: true },
    });
    expect(events).toEqual([{ action: 'user.created', details: { setupLinkExpiresAt: setup.expiresAt } }]);
  });

  it('an Idempotency-Key replay creates no user but gives a fresh link that voids the lost one; after setup, 409', async () => {
    const { body, user, setup, adminAuth } = await created();
    const again = await ctx
      .http()
      .post('/api/users')
      .set(adminAuth)
      .set('Idempotency-Key', `create-${body.email}`)
      .send(body)
      .expect(201);
    expect({ ...again.body, setup: undefined }).toEqual({ ...user, setup: undefined });
    expect(again.body.setup.token).not.toBe(setup.token);
    expect(await ctx.prisma.user.count({ where: { email: body.email } })).toBe(1);
    await ctx.http().post('/api/auth/setup').send({ token: setup.token, password: 'from-the-lost-link' }).expect(400);
    await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: again.body.setup.token, password: 'from-the-replayed-link' })
      .expect(200);
    const late = await ctx
      .http()
      .post('/api/users')
      .set(adminAuth)
      .set('Idempotency-Key', `create-${body.email}`)
      .send(body)
      .expect(409);
    expect(late.body.message).toMatch(/Reset password/);
  });

  it('the link is built from PUBLIC_URL, never from the Host header of the request', async () => {
    const { auth } = await admin();
    const res = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .set('Host', 'evil.example')
      .set('X-Forwarded-Host', 'evil.example')
      .send(newUser())
      .expect(201);
    expect(res.body.setup.url).toMatch(/^https:\/\/cps\.example\.wi\.gov\/setup#token=/);
  });

  it('the new user cannot sign in before setting a password: 401 with the usual message', async () => {
    const { body } = await created();
    const res = await ctx.http().post('/api/auth/login').send({ email: body.email, password: '' }).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['password']);
    await ctx.http().post('/api/auth/login').send({ email: body.email, password: 'any-guess-at-all' }).expect(401);
  });
});

describe('POST /api/auth/setup', () => {
  it('sets the password and signs in (token, user, cookie); the password then works for sign-in; audited', async () => {
    const { body, user, setup } = await created();
    const res = await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: tokenOf(setup.url), password: 'my-own-password-1' })
      .expect(200);
    expect(res.body).toEqual({ token: expect.stringMatching(/^[\w-]{43}$/), user: { ...user, setup: undefined } });
    expect(String(res.headers['set-cookie'])).toContain(`cps_session=${res.body.token}`);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/);
    await ctx.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    await ctx.http().post('/api/auth/login').send({ email: body.email, password: 'my-own-password-1' }).expect(200);
    const stored = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { entityId: user.id, action: 'auth.password_set' },
      select: { userId: true, details: true },
    });
    expect(events).toEqual([{ userId: user.id, details: null }]);
  });

  it('is one-time: a second use is 400 and changes nothing', async () => {
    const { body, setup } = await created();
    await ctx.http().post('/api/auth/setup').send({ token: setup.token, password: 'first-choice-pass' }).expect(200);
    const again = await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: setup.token, password: 'second-choice-pass' })
      .expect(400);
    expect(again.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/ask your administrator for a new link/i),
    });
    await ctx.http().post('/api/auth/login').send({ email: body.email, password: 'second-choice-pass' }).expect(401);
    await ctx.http().post('/api/auth/login').send({ email: body.email, password: 'first-choice-pass' }).expect(200);
  });

  it('two uses of the same token at once: exactly one succeeds', async () => {
    const { setup } = await created();
    const results = await Promise.all(
      ['racing-password-1', 'racing-password-2', 'racing-password-3'].map((password) =>
        ctx.http().post('/api/auth/setup').send({ token: setup.token, password }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
  });

  it('used, expired, voided and unknown tokens all get the same 400; a deactivated user too', async () => {
    const used = await created();
    await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: used.setup.token, password: 'used-once-password' })
      .expect(200);
    const expired = await created();
    await ctx.prisma.setupToken.updateMany({
      where: { userId: expired.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const voided = await created();
    await ctx.http().post(`/api/users/${voided.user.id}/password-reset`).set(voided.adminAuth).expect(200); // a newer link
    const inactive = await created();
    await ctx
      .http()
      .patch(`/api/users/${inactive.user.id}`)
      .set(inactive.adminAuth)
      .send({ active: false })
      .expect(200);

    const answers = [];
    for (const token of [
      used.setup.token,
      expired.setup.token,
      voided.setup.token,
      inactive.setup.token,
      'x'.repeat(43),
      'short',
    ]) {
      const res = await ctx
        .http()
        .post('/api/auth/setup')
        .send({ token, password: 'a-perfectly-good-one' })
        .expect(400);
      answers.push(res.body);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].issues).toEqual([
      { path: 'token', message: expect.stringMatching(/used already, it expired, or a newer link replaced it/) },
    ]);
    for (const who of [expired, voided, inactive]) {
      expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: who.user.id } })).passwordHash).toBeNull();
    }
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'auth.setup_failed' } })).toBeGreaterThanOrEqual(6);
  });

  it('a password under 12 characters is 400 naming it, and leaves the token usable', async () => {
    const { setup } = await created();
    const short = await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: setup.token, password: 'elevenchars' })
      .expect(400);
    expect(short.body.issues).toEqual([{ path: 'password', message: 'must be at least 12 characters' }]);
    const missing = await ctx.http().post('/api/auth/setup').send({}).expect(400);
    expect(missing.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['password', 'token']);
    await ctx.http().post('/api/auth/setup').send({ token: setup.token, password: 'twelve-chars' }).expect(200);
  });

  it('is public: no session needed, and a cookie from another site is irrelevant', async () => {
    const { setup } = await created();
    await ctx
      .http()
      .post('/api/auth/setup')
      .set('Origin', 'https://evil.example')
      .send({ token: setup.token, password: 'public-route-pass' })
      .expect(200);
  });
});

describe('POST /api/users/:id/password-reset', () => {
  it("ends the user's sessions at once, voids the password, and gives a new link; audited", async () => {
    const { auth: adminAuth, user: actor } = await admin();
    const target = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' });
    await ctx.http().get('/api/auth/me').set(target.auth).expect(200);
    const res = await ctx.http().post(`/api/users/${target.user.id}/password-reset`).set(adminAuth).expect(200);
    expect(res.body).toEqual({
      setup: {
        token: expect.any(String),
        url: `https://cps.example.wi.gov/setup#token=${res.body.setup.token}`,
        expiresAt: expect.any(String),
      },
    });
    await ctx.http().get('/api/auth/me').set(target.auth).expect(401); // the old session stops at once
    await ctx.http().post('/api/auth/login').send({ email: target.user.email, password: TEST_PASSWORD }).expect(401); // the old password too
    const events = await ctx.prisma.auditEvent.findMany({
      where: { entityId: target.user.id, action: 'user.password_reset' },
      select: { userId: true, details: true },
    });
    expect(events).toEqual([{ userId: actor.id, details: { setupLinkExpiresAt: res.body.setup.expiresAt } }]);

    await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: res.body.setup.token, password: 'chosen-after-reset' })
      .expect(200);
    await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: target.user.email, password: 'chosen-after-reset' })
      .expect(200);
  });

  it('a newer link voids the older one', async () => {
    const { auth } = await admin();
    const target = await buildUser(ctx.prisma);
    const first = await ctx.http().post(`/api/users/${target.id}/password-reset`).set(auth).expect(200);
    const second = await ctx.http().post(`/api/users/${target.id}/password-reset`).set(auth).expect(200);
    await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: first.body.setup.token, password: 'from-the-old-link' })
      .expect(400);
    await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: second.body.setup.token, password: 'from-the-new-link' })
      .expect(200);
  });

  it('401 signed out, 403 for county staff, 404 for an unknown user; nothing changes', async () => {
    const target = await buildUser(ctx.prisma);
    await ctx.http().post(`/api/users/${target.id}/password-reset`).expect(401);
    for (const role of ['ACCESS_WORKER', 'SUPERVISOR'] as const) {
      const { auth } = await signedIn(ctx, { role });
      await ctx.http().post(`/api/users/${target.id}/password-reset`).set(auth).expect(403);
    }
    const { auth } = await admin();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await ctx.http().post(`/api/users/${id}/password-reset`).set(auth).expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'User not found' });
    }
    await ctx.http().post('/api/auth/login').send({ email: target.email, password: TEST_PASSWORD }).expect(200);
    expect(await ctx.prisma.setupToken.count({ where: { userId: target.id } })).toBe(0);
  });
});

describe('OpenAPI', () => {
  it('describes setup, change of password and reset', async () => {
    const res = await ctx.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths['/api/auth/setup'])).toEqual(['post']);
    expect(Object.keys(res.body.paths['/api/auth/password'])).toEqual(['post']);
    expect(Object.keys(res.body.paths['/api/users/{id}/password-reset'])).toEqual(['post']);
    expect(JSON.stringify(res.body.paths['/api/auth/setup'].post)).toContain('requestBody');
    expect(JSON.stringify(res.body.paths['/api/users'].post.responses['201'])).toContain('Created');
  });
});
