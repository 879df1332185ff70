import { child, createReport, draftBody, maltreater } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { findFreePort } from '../db/embedded-postgres';

// GET /api/metrics through HTTP on a real database: who may read it, what it says, and that it
// says nothing about a person.

const TOKEN = 'metrics-token-for-the-tests-0123456789';
const REMOTE = '203.0.113.7';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(() => ctx.close());

/** A request as if from another host (Fastify's inject sets the socket's peer address). */
function scrape(ctxt: TestContext, remoteAddress: string, headers: Record<string, string> = {}) {
  return ctxt.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/metrics', remoteAddress, headers });
}

/** The value of one sample line, `name{labels} value`; undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('who may read it', () => {
  it('this host over loopback, without a token: 200 in the Prometheus text format', async () => {
    const res = await ctx.http().get('/api/metrics').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('# TYPE cps_http_request_duration_seconds histogram');
  });

  it('another host: 401 without the token, 403 with a wrong one, 200 with METRICS_TOKEN', async () => {
    const none = await scrape(ctx, REMOTE);
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ statusCode: 401, message: expect.stringMatching(/METRICS_TOKEN/) });
    expect((await scrape(ctx, REMOTE, { authorization: `Bearer ${TOKEN}x` })).statusCode).toBe(403);
    expect((await scrape(ctx, REMOTE, { authorization: `Bearer ${TOKEN.slice(1)}` })).statusCode).toBe(403);
    expect((await scrape(ctx, REMOTE, { authorization: `Basic ${TOKEN}` })).statusCode).toBe(401);
    const ok = await scrape(ctx, REMOTE, { authorization: `Bearer ${TOKEN}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    // IPv6 and IPv4-mapped loopback peers are this host too; a LAN peer is not.
    expect((await scrape(ctx, '::1')).statusCode).toBe(200);
    expect((await scrape(ctx, '::ffff:127.0.0.1')).statusCode).toBe(200);
    expect((await scrape(ctx, '10.0.0.5')).statusCode).toBe(401);
  });

  it('a wrong token is refused from loopback too', async () => {
    await ctx.http().get('/api/metrics').set('Authorization', 'Bearer not-the-token').expect(403);
  });

  it('a forwarded request is never taken for loopback: a forged X-Forwarded-For, or a proxy on this host', async () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      // A remote caller claiming to be local.
      expect((await scrape(ctx, REMOTE, { [header]: '127.0.0.1' })).statusCode).toBe(401);
      // A reverse proxy on this host, passing on anybody's request.
      await ctx.http().get('/api/metrics').set(header, '127.0.0.1').expect(401);
    }
    const viaProxy = await ctx
      .http()
      .get('/api/metrics')
      .set('X-Forwarded-For', REMOTE)
      .set('Authorization', `Bearer ${TOKEN}`);
    expect(viaProxy.status).toBe(200);
  });

  it('with TRUST_PROXY set, a forged X-Forwarded-For still cannot make a remote caller local', async () => {
    const proxied = await createTestApp({ DATABASE_URL: ctx.url, TRUST_PROXY: ['loopback', '203.0.113.0/24'] });
    try {
      // Even from a peer the app trusts as a proxy, naming loopback as the client.
      expect((await scrape(proxied, REMOTE, { 'x-forwarded-for': '127.0.0.1' })).statusCode).toBe(403);
      expect((await scrape(proxied, '127.0.0.1', { 'x-forwarded-for': '127.0.0.1' })).statusCode).toBe(403);
      expect((await scrape(proxied, '127.0.0.1')).statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('without METRICS_TOKEN, only this host: 403 from elsewhere, whatever token is sent', async () => {
    const closed = await createTestApp({ DATABASE_URL: ctx.url });
    try {
      expect(closed.env.METRICS_TOKEN).toBeUndefined();
      const res = await scrape(closed, REMOTE, { authorization: `Bearer ${TOKEN}` });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/set METRICS_TOKEN/);
      expect((await scrape(closed, REMOTE)).statusCode).toBe(403);
      expect((await scrape(closed, '127.0.0.1')).statusCode).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('weakens no other route: the metrics token signs nobody in', async () => {
    const bearer = `Bearer ${TOKEN}`;
    await ctx.http().get('/api/access-reports').set('Authorization', bearer).expect(401);
    await ctx.http().get('/api/auth/me').set('Authorization', bearer).expect(401);
  });

  it('is not in the OpenAPI document (a scrape endpoint, like no other route of the contract)', async () => {
    const doc = (await ctx.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/api/metrics');
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });
});

describe('what it says', () => {
  it('counts requests under their route pattern and status, unknown paths under one label', async () => {
    const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
    const report = await createReport(ctx, auth, draftBody({ countyCode: '55079' }));
    const series = (route: string, method: string, status: number) =>
      `cps_http_request_duration_seconds_count{method="${method}",route="${route}",status="${status}"}`;
    const before = (await ctx.http().get('/api/metrics').expect(200)).text;
    const count = (text: string, s: string) => sample(text, s) ?? 0;
    await ctx.http().get(`/api/access-reports/${report.id}`).set(auth).expect(200);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(auth).expect(200);
    await ctx.http().get('/api/access-reports/00000000-0000-4000-8000-000000000000').set(auth).expect(404);
    await ctx.http().get(`/api/access-reports/${report.id}`).expect(401);
    await ctx.http().get(`/api/no-such-thing/${report.id}`).set(auth).expect(404);
    await ctx.http().delete(`/api/nothing-here/${report.id}`).expect(404);
    const after = (await ctx.http().get('/api/metrics').expect(200)).text;
    const route = '/api/access-reports/:id';
    expect(count(after, series(route, 'GET', 200)) - count(before, series(route, 'GET', 200))).toBe(2);
    expect(count(after, series(route, 'GET', 404)) - count(before, series(route, 'GET', 404))).toBe(1);
    expect(count(after, series(route, 'GET', 401)) - count(before, series(route, 'GET', 401))).toBe(1);
    expect(count(after, series('unmatched', 'DELETE', 404))).toBe(1);
    expect(count(after, series('unmatched', 'GET', 404)) - count(before, series('unmatched', 'GET', 404))).toBe(1);
    expect(count(after, series('/api/access-reports', 'POST', 201))).toBeGreaterThanOrEqual(1);
    // Buckets from 1 ms to 10 s, and the sum in seconds.
    expect(after).toContain(
      `cps_http_request_duration_seconds_bucket{le="0.001",method="GET",route="${route}",status="200"}`,
    );
    expect(after).toContain(
      `cps_http_request_duration_seconds_bucket{le="10",method="GET",route="${route}",status="200"}`,
    );
    const sum = sample(after, `cps_http_request_duration_seconds_sum{method="GET",route="${route}",status="200"}`);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
  });

  it('says nothing about a person: no name, no id, no raw URL', async () => {
    const { auth, user } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', name: 'Worker Quenby' });
    const persons = [child({ firstName: 'Zephyrine', lastName: 'Marchbanks' }), maltreater({ lastName: 'Oddfellow' })];
    const report = await createReport(ctx, auth, draftBody({ countyCode: '55079', persons }));
    await ctx.http().get(`/api/access-reports/${report.id}`).set(auth).expect(200);
    await ctx.http().get(`/api/access-reports?q=Zephyrine`).set(auth).expect(200);
    const text = (await ctx.http().get('/api/metrics').expect(200)).text;
    for (const word of ['Zephyrine', 'Marchbanks', 'Oddfellow', 'Quenby', user.email, report.id, report.reportNumber])
      expect(text).not.toContain(word);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(text).not.toContain('q=');
  });

  it('has the pool gauges and the process metrics', async () => {
    const text = (await ctx.http().get('/api/metrics').expect(200)).text;
    expect(sample(text, 'cps_db_pool_max_connections')).toBe(10);
    expect(sample(text, 'cps_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'cps_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'cps_db_pool_waiting_requests')).toBe(0);
    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(sample(text, 'cps_agency_counts_up')).toBe(1);
  });
});

describe('with the database down', () => {
  it('still answers 200: process and pool metrics, cps_agency_counts_up 0 and no stale counts', async () => {
    const port = await findFreePort(); // nothing listens there
    const down = await createTestApp({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/nothing` });
    try {
      const text = (await down.http().get('/api/metrics').expect(200)).text;
      expect(sample(text, 'cps_agency_counts_up')).toBe(0);
      expect(text).not.toMatch(/^cps_clocks_overdue\{/m);
      expect(text).toContain('process_cpu_seconds_total');
      expect(sample(text, 'cps_db_pool_waiting_requests')).toBe(0);
    } finally {
      await down.app.close();
      await down.prisma.$disconnect();
    }
  });
});
