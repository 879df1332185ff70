import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const shape = { statusCode: expect.any(Number), error: expect.any(String), message: expect.any(String) };

describe('errors keep the contract shape', () => {
  it('an unknown API route is a 404 in the error shape', async () => {
    const res = await ctx.http().get('/api/no-such-thing').expect(404);
    expect(res.body).toEqual({ ...shape, statusCode: 404 });
  });

  it('a body over 1 MiB is a 413', async () => {
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.wi.gov', password: 'x'.repeat(1024 * 1024 + 10) }))
      .expect(413);
    expect(res.body).toEqual({ ...shape, statusCode: 413, message: 'The request body is larger than 1 MiB' });
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body).toEqual({ ...shape, statusCode: 400 });
  });

  it('a JSON body that is not an object is a 400 naming the body', async () => {
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('"email=a"')
      .expect(400);
    expect(res.body).toEqual({ ...shape, statusCode: 400, issues: [{ path: '(body)', message: expect.any(String) }] });
  });

  it('a text/plain body is a 415: JSON is the only body the API reads', async () => {
    const res = await ctx.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('email=a').expect(415);
    expect(res.body).toEqual({ ...shape, statusCode: 415, message: 'Send JSON with Content-Type: application/json' });
  });

  it('an unknown content type is a 415', async () => {
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/xml')
      .send('<a/>')
      .expect(415);
    expect(res.body).toEqual({ ...shape, statusCode: 415 });
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and no-sniff on API responses', async () => {
    const res = await ctx.http().get('/api/health').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('sends the same full set of security headers on an API answer, an API error, a page and a 404', async () => {
    const csp =
      "default-src 'self';base-uri 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'none';" +
      "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';" +
      "connect-src 'self'";
    const expected = {
      'content-security-policy': csp,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    const { auth } = await signedIn(ctx);
    const answers = [
      await ctx.http().get('/api/health').expect(200),
      await ctx.http().get('/api/access-reports').set(auth).expect(200),
      await ctx.http().get('/api/access-reports').expect(401),
      await ctx.http().get('/api/no-such-thing').expect(404),
      await ctx.http().get('/').expect(200),
    ];
    for (const res of answers) {
      expect(Object.fromEntries(Object.keys(expected).map((name) => [name, res.headers[name]]))).toEqual(expected);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('sends Referrer-Policy: same-origin, so that browsers send our Origin on our own changes', async () => {
    // Under `no-referrer` (helmet's default) the Fetch standard has a same-origin POST carry
    // `Origin: null`, and Firefox does so: the CSRF check would refuse every save. `same-origin`
    // still sends nothing to other sites.
    for (const path of ['/', '/sign-in', '/api/health']) {
      const res = await ctx.http().get(path).expect(200);
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it('sends no HSTS when the app is not told it is behind TLS (it may run on plain HTTP)', async () => {
    const res = await ctx.http().get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const page = await ctx.http().get('/').expect(200);
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS when COOKIE_SECURE=true says it is behind TLS', async () => {
    const secure = await createTestApp({ COOKIE_SECURE: true });
    try {
      const res = await secure.http().get('/api/health').expect(200);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });
});

describe('Cache-Control: no-store on every /api response', () => {
  const noStore = (res: { headers: Record<string, string> }) => expect(res.headers['cache-control']).toBe('no-store');

  it('on successes, lists and the signed-in user', async () => {
    const { auth } = await signedIn(ctx, { role: 'ADMIN' });
    noStore(await ctx.http().get('/api/health').expect(200));
    noStore(await ctx.http().get('/api/auth/me').set(auth).expect(200));
    noStore(await ctx.http().get('/api/users').set(auth).expect(200));
    noStore(await ctx.http().get('/api/reference/counties').set(auth).expect(200));
  });

  it('on the CSV of the DCF tables', async () => {
    const { auth } = await signedIn(ctx, { role: 'ADMIN' });
    const res = await ctx
      .http()
      .get('/api/reports/sex-trafficking.csv?from=2017-06-01&to=2018-08-31')
      .set(auth)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    noStore(res);
  });

  it('on errors: 400, 401, 404, 415 and unknown routes', async () => {
    const { auth } = await signedIn(ctx, { role: 'ADMIN' });
    noStore(await ctx.http().get('/api/users?page=0').set(auth).expect(400));
    noStore(await ctx.http().get('/api/auth/me').expect(401));
    noStore(await ctx.http().patch('/api/users/00000000-0000-0000-0000-000000000000').set(auth).send({}).expect(404));
    noStore(await ctx.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('x').expect(415));
    noStore(await ctx.http().get('/api/no-such-thing').expect(404));
    noStore(await ctx.http().delete('/api/no-such-thing').expect(404));
  });

  it('on the OpenAPI document and its page', async () => {
    noStore(await ctx.http().get('/api/docs-json').expect(200));
    noStore(await ctx.http().get('/api/docs').expect(200));
  });

  it('but not on the web app, whose pages and assets keep their own caching', async () => {
    const page = await ctx.http().get('/sign-in').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});

describe('OpenAPI', () => {
  it('serves the contract at /api/docs-json, generated from the zod schemas', async () => {
    const res = await ctx.http().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/health',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/reference/counties',
      '/api/reference/codes',
    ]) {
      expect(res.body.paths).toHaveProperty([path]);
    }
    const schemas = JSON.stringify(res.body.components.schemas);
    expect(schemas).toContain('password'); // the login body, from loginRequestSchema
  });

  it('serves a browsable page at /api/docs', async () => {
    const res = await ctx.http().get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('the web app', () => {
  it('is served at / and for client-side routes, never for /api paths', async () => {
    const home = await ctx.http().get('/').expect(200);
    expect(home.headers['content-type']).toMatch(/text\/html/);
    expect(home.text).toContain('<div id="root">');
    const route = await ctx.http().get('/sign-in').expect(200);
    expect(route.text).toBe(home.text);
    await ctx.http().get('/api/reference/nothing').expect(404);
    expect(home.headers['cache-control']).toBe('no-cache');
    const asset = /src="\/(assets\/[^"]+\.js)"/.exec(home.text)![1];
    const js = await ctx.http().get(`/${asset}`).expect(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers with JSON to a signed-in user too (the guard is not the static server)', async () => {
    const { auth } = await signedIn(ctx);
    await ctx.http().get('/api/auth/me').set(auth).expect(200);
  });
});
