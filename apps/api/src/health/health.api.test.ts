import { createTestApp, type TestContext } from '../../test/test-app';
import { findFreePort } from '../db/embedded-postgres';

describe('GET /api/health', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('is public and says the database is up', async () => {
    const res = await ctx.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it("tags every response with a request id, the caller's when it is sane", async () => {
    const given = await ctx.http().get('/api/health').set('X-Request-Id', 'call-2am-42').expect(200);
    expect(given.headers['x-request-id']).toBe('call-2am-42');
    const generated = await ctx.http().get('/api/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /api/health with the database down', () => {
  it('answers 503 quickly instead of hanging', async () => {
    const port = await findFreePort(); // nothing listens there
    const ctx = await createTestApp({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/nothing` });
    try {
      const started = Date.now();
      const res = await ctx.http().get('/api/health').expect(503);
      expect(res.body).toEqual({ status: 'error', database: 'down' });
      expect(Date.now() - started).toBeLessThan(5000);
      // Any other request fails fast with the contract's 503 too, not a 500.
      const login = await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: 'a@b.wi.gov', password: 'whatever-it-is' })
        .expect(503);
      expect(login.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    } finally {
      await ctx.app.close();
      await ctx.prisma.$disconnect();
    }
  });
});
