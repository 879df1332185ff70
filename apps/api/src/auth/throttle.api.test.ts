import { createTestApp, type TestContext } from '../../test/test-app';
import { buildUser, TEST_PASSWORD } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

// 60 guesses at once against one email, the right password among them. Counting failures and
// checking the password must be one step per email: however the requests interleave, at most 5
// passwords are ever checked in the window, and everything after that is 429.
async function burst(email: string, rightAt: number | null) {
  const bodies = Array.from({ length: 60 }, (_, i) => ({
    email,
    password: i === rightAt ? TEST_PASSWORD : `wrong-guess-${i}`,
  }));
  const results = await Promise.all(bodies.map((body) => ctx.http().post('/api/auth/login').send(body)));
  const count = (status: number) => results.filter((r) => r.status === status).length;
  return {
    unauthorized: count(401),
    ok: count(200),
    throttled: count(429),
    other: results.length - count(401) - count(200) - count(429),
  };
}

describe('failed sign-ins cannot be raced', () => {
  it('a parallel burst against a known email: exactly 5 failures, the rest 429; after them the right password is 429 too', async () => {
    const user = await buildUser(ctx.prisma);
    const result = await burst(user.email, 30);
    // 59 wrong guesses: exactly 5 of them get a slot. The right one is 200 only if it got a slot
    // before the 5th failure (a success frees its own slot: a right password is not a failure).
    expect(result).toEqual({ unauthorized: 5, ok: expect.any(Number), throttled: 55 - result.ok, other: 0 });
    expect(result.ok).toBeLessThanOrEqual(1);
    expect(await ctx.prisma.loginFailure.count({ where: { email: user.email } })).toBe(5);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'auth.login_failed', entityId: user.id } })).toBe(5);
    await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
  });

  it('with 4 failures already, a burst gets one more failure and no more; the right password only if it came first', async () => {
    const user = await buildUser(ctx.prisma);
    for (let i = 0; i < 4; i++)
      await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: `first-wrong-${i}` })
        .expect(401);
    const result = await burst(user.email, 59);
    expect(result.unauthorized).toBe(1);
    expect(result.ok).toBeLessThanOrEqual(1);
    expect(result.throttled).toBe(59 - result.ok);
    expect(await ctx.prisma.loginFailure.count({ where: { email: user.email } })).toBe(5);
    await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
  });

  it('an unknown email is throttled the same way', async () => {
    const email = `nobody.${process.pid}@example.wi.gov`;
    const result = await burst(email, null);
    expect(result).toEqual({ unauthorized: 5, ok: 0, throttled: 55, other: 0 });
    expect(await ctx.prisma.loginFailure.count({ where: { email } })).toBe(5);
  });

  it('a right password is not a failure: six sign-ins in a row all succeed', async () => {
    const user = await buildUser(ctx.prisma);
    for (let i = 0; i < 6; i++)
      await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(await ctx.prisma.loginFailure.count({ where: { email: user.email } })).toBe(0);
  });

  it('the window passes: failures older than 15 minutes no longer count', async () => {
    const user = await buildUser(ctx.prisma);
    for (let i = 0; i < 5; i++)
      await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${i}` })
        .expect(401);
    await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    await ctx.prisma.loginFailure.updateMany({
      where: { email: user.email },
      data: { at: new Date(Date.now() - 15 * 60_000 - 1000) },
    });
    await ctx.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });
});
