import { child, createReport, draftBody, maltreater } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { findFreePort } from '../db/embedded-postgres';

// The request log as an operator reads it: one JSON line per answer, naming the request id the
// answer carried in X-Request-Id, and nothing a person wrote (docs/security.md, "Logs").

type Line = Record<string, unknown> & { level: number; msg?: string; req?: Record<string, unknown> };

function memory() {
  const text: string[] = [];
  const lines = () =>
    text
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
  return { logTo: { write: (chunk: string) => void text.push(chunk) }, lines, text: () => text.join('') };
}

describe('with the database up', () => {
  const log = memory();
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ LOG_LEVEL: 'info' }, { logTo: log.logTo });
  });
  afterAll(() => ctx.close());

  it('writes one line per answer: request id, method, path without the query, route, status, time; no personal data', async () => {
    const w = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
    const body = draftBody({
      persons: [child({ firstName: 'Zephyrine', lastName: 'Quillfeather', dateOfBirth: '2008-02-14' }), maltreater()],
      narrative: 'Marker narrative: the caller saw a youth at the Pinecrest motel.',
    });
    const report = await createReport(ctx, w.auth, body);
    const search = await ctx
      .http()
      .get('/api/persons/search?lastName=Quillfeather&firstName=Zephyrine&dateOfBirth=2008-02-14')
      .set(w.auth)
      .set('X-Request-Id', 'call-2am-42')
      .expect(200);
    expect(search.headers['x-request-id']).toBe('call-2am-42');
    const missing = await ctx.http().get('/api/access-reports/00000000-0000-4000-8000-000000000000').set(w.auth);
    expect(missing.status).toBe(404);
    await ctx.http().get('/api/health').expect(200);

    const requests = log.lines().filter((l) => l.msg === 'request completed');
    expect(requests.find((l) => l.req?.id === 'call-2am-42')).toMatchObject({
      level: 30,
      req: { id: 'call-2am-42', method: 'GET', path: '/api/persons/search', route: '/api/persons/search' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(requests.find((l) => l.req?.path === '/api/access-reports' && l.req.method === 'POST')).toMatchObject({
      res: { statusCode: 201 },
    });
    // A 4xx is a warning, under the request id its answer carried; the route names no record.
    expect(requests.find((l) => l.req?.id === missing.headers['x-request-id'])).toMatchObject({
      level: 40,
      req: { route: '/api/access-reports/:id' },
      res: { statusCode: 404 },
    });
    expect(requests.filter((l) => String(l.req?.path).endsWith('/health'))).toEqual([]);
    expect(report.persons[0].firstName).toBe('Zephyrine');
    expect(log.text()).not.toMatch(/Zephyrine|Quillfeather|2008-02-14|Marker narrative|Pinecrest|Bearer|password/i);
  });
});

it("with the database down: the 503's line and the error filter's line carry the answer's request id", async () => {
  const log = memory();
  const port = await findFreePort(); // nothing listens there
  const ctx = await createTestApp(
    { LOG_LEVEL: 'info', DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/nothing` },
    { logTo: log.logTo },
  );
  try {
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .set('X-Request-Id', 'outage-1')
      .send({ email: 'marker.person@demo.wi.gov', password: 'Marker-Secret-Password' })
      .expect(503);
    expect(res.headers['x-request-id']).toBe('outage-1');
    const ofRequest = log.lines().filter((l) => l.req?.id === 'outage-1');
    expect(ofRequest).toEqual([
      expect.objectContaining({ level: 40, context: 'Error', msg: expect.stringMatching(/^database unavailable/) }),
      expect.objectContaining({ level: 40, msg: 'request completed', res: { statusCode: 503 } }),
    ]);
    expect(log.text()).not.toMatch(/marker\.person|Marker-Secret-Password/);
  } finally {
    await ctx.app.close();
    await ctx.prisma.$disconnect();
  }
});
