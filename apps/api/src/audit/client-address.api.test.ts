import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { TEST_PASSWORD } from '../seed/builders';

// The client address on the trail is the socket's unless TRUST_PROXY names the proxy in front:
// without it, an X-Forwarded-For from any process that can reach the port is ignored.

const FORGED = '203.0.113.66';

async function loginAddress(ctx: TestContext): Promise<string | null> {
  const { user } = await signedIn(ctx, { role: 'ADMIN', countyCode: null });
  // signedIn signs in without the header; sign in again through the "proxy".
  await ctx
    .http()
    .post('/api/auth/login')
    .set('X-Forwarded-For', FORGED)
    .send({ email: user.email, password: TEST_PASSWORD })
    .expect(200);
  const events = await ctx.prisma.auditEvent.findMany({
    where: { entityId: user.id, action: 'auth.login' },
    orderBy: { id: 'desc' },
    take: 1,
  });
  return events[0]?.ip ?? null;
}

describe('without TRUST_PROXY', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('a forged X-Forwarded-For never reaches the log: the socket address does', async () => {
    const ip = await loginAddress(ctx);
    expect(ip).not.toBe(FORGED);
    expect(ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  });
});

describe('with TRUST_PROXY naming the proxy', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ TRUST_PROXY: ['loopback'] });
  });
  afterAll(() => ctx.close());

  it('the forwarded address is the one logged', async () => {
    expect(await loginAddress(ctx)).toBe(FORGED);
  });
});
