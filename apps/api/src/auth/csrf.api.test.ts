import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// docs/http-api.md, "Conventions": a request signed in by the session cookie with an unsafe method must
// carry an Origin (or, without one, a Referer) of the app's own scheme, host and port; else 403.
// The app's own origin is the Host the request was sent to, on the scheme the app is served on
// (https when COOKIE_SECURE=true, or when a proxy on this machine says X-Forwarded-Proto: https).

const HOST = 'cps.example.test:3000';
const OWN = `http://${HOST}`;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** A cookie session, as the browser holds it after signing in. */
async function cookieSession(context: TestContext, spec: Parameters<typeof signedIn>[1] = {}) {
  const { token } = await signedIn(context, spec);
  return { Cookie: `cps_session=${token}`, Host: HOST };
}

/** POST /api/auth/logout with the cookie and the given headers; the session stays alive when refused. */
async function logout(context: TestContext, headers: Record<string, string>, cookie?: Record<string, string>) {
  const session = cookie ?? (await cookieSession(context));
  const res = await context.http().post('/api/auth/logout').set(session).set(headers);
  const me = await context.http().get('/api/auth/me').set(session);
  return { status: res.status, body: res.body, alive: me.status === 200 };
}

describe('a cookie-signed-in unsafe request', () => {
  it('from the app itself (Origin of the same scheme, host and port) is let through', async () => {
    const res = await logout(ctx, { Origin: OWN });
    expect(res).toMatchObject({ status: 204, alive: false });
  });

  it('with no Origin but a Referer of the app itself is let through', async () => {
    const res = await logout(ctx, { Referer: `${OWN}/reports/new?x=1` });
    expect(res).toMatchObject({ status: 204, alive: false });
  });

  it('compares host names without regard to case and with the default port written or not', async () => {
    const session = { ...(await cookieSession(ctx)), Host: 'CPS.example.test' };
    expect(await logout(ctx, { Origin: 'http://cps.example.test:80' }, session)).toMatchObject({ status: 204 });
  });

  it.each([
    ['no Origin and no Referer', {}],
    ['Origin: null', { Origin: 'null' }],
    ['a look-alike host', { Origin: 'http://cps.example.test:3000.evil.test' }],
    ['another host', { Origin: 'https://evil.example' }],
    ['another port', { Origin: 'http://cps.example.test:3001' }],
    ['https where the app is served on http', { Origin: 'https://cps.example.test:3000' }],
    ['a Referer of another site', { Referer: 'http://evil.example/cps.example.test:3000/' }],
    ['an Origin of another site beside a Referer of ours', { Origin: 'http://evil.example', Referer: `${OWN}/` }],
    ['an Origin that is not a URL', { Origin: 'cps.example.test:3000' }],
    ['an Origin with a scheme other than http(s)', { Origin: 'file://cps.example.test:3000' }],
  ])('with %s is refused (403) and does nothing', async (_case, headers: Record<string, string>) => {
    const res = await logout(ctx, headers);
    expect(res).toMatchObject({ status: 403, alive: true });
    expect(res.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: expect.stringMatching(/another site|where it came from/),
    });
  });

  it('is refused for every unsafe method, not only POST (each would be a 404 with the Origin)', async () => {
    const worker = await cookieSession(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
    const admin = await cookieSession(ctx, { role: 'ADMIN' });
    const none = '00000000-0000-0000-0000-000000000000';
    await ctx.http().put(`/api/access-reports/${none}`).set(worker).send({}).expect(403);
    await ctx.http().patch(`/api/users/${none}`).set(admin).send({}).expect(403);
    await ctx.http().delete('/api/calendar/holidays/1901-03-02').set(admin).expect(403);
    await ctx
      .http()
      .put(`/api/access-reports/${none}`)
      .set(worker)
      .set('Origin', OWN)
      .send({ countyCode: '55079', version: 1 })
      .expect(404);
    await ctx.http().patch(`/api/users/${none}`).set(admin).set('Origin', OWN).send({}).expect(404);
    await ctx.http().delete('/api/calendar/holidays/1901-03-02').set(admin).set('Origin', OWN).expect(404);
  });

  it('a safe method needs no Origin', async () => {
    const session = await cookieSession(ctx);
    await ctx.http().get('/api/auth/me').set(session).expect(200);
  });
});

describe('a Bearer-signed-in request', () => {
  it('is not subject to the Origin check (scripts send no Origin)', async () => {
    const { auth } = await signedIn(ctx);
    await ctx.http().post('/api/auth/logout').set(auth).set('Origin', 'https://evil.example').expect(204);
    const other = await signedIn(ctx);
    await ctx.http().post('/api/auth/logout').set(other.auth).expect(204);
  });
});

describe('behind TLS (COOKIE_SECURE=true)', () => {
  let secure: TestContext;
  beforeAll(async () => {
    secure = await createTestApp({ COOKIE_SECURE: true });
  });
  afterAll(() => secure.close());

  it('the app is served on https: an https Origin of the same host passes, an http one does not', async () => {
    expect(await logout(secure, { Origin: 'http://cps.example.test:3000' })).toMatchObject({
      status: 403,
      alive: true,
    });
    expect(await logout(secure, { Origin: 'https://cps.example.test:3000' })).toMatchObject({
      status: 204,
      alive: false,
    });
  });
});

describe('behind a TLS proxy that TRUST_PROXY names', () => {
  let proxied: TestContext;
  beforeAll(async () => {
    proxied = await createTestApp({ TRUST_PROXY: ['loopback'] });
  });
  afterAll(() => proxied.close());

  it('reads the scheme from X-Forwarded-Proto', async () => {
    const session = await cookieSession(proxied);
    const res = await proxied
      .http()
      .post('/api/auth/logout')
      .set(session)
      .set('X-Forwarded-Proto', 'https')
      .set('Origin', 'https://cps.example.test:3000');
    expect(res.status).toBe(204);
  });
});

describe('without TRUST_PROXY', () => {
  it('a forwarded scheme is not believed: anyone can send the header', async () => {
    const session = await cookieSession(ctx);
    const res = await ctx
      .http()
      .post('/api/auth/logout')
      .set(session)
      .set('X-Forwarded-Proto', 'https')
      .set('Origin', 'https://cps.example.test:3000');
    expect(res.status).toBe(403);
  });
});
