import { createReport, draftBody } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// docs/http-api.md, "Conventions": never a 5xx for bad input. Each of these reached PostgreSQL or blew the
// stack before; each is now a 400 in the contract's shape naming the field, and writes nothing.

let ctx: TestContext;
let worker: { Authorization: string };
let admin: { Authorization: string };
let adminId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  const a = await signedIn(ctx, { role: 'ADMIN' });
  admin = a.auth;
  adminId = a.user.id;
}, 60_000);
afterAll(() => ctx.close());

const reportCount = () => ctx.prisma.accessReport.count();

/** Sends raw JSON text, so that `\ud800` escapes arrive as the client wrote them. */
const postJson = (path: string, text: string, auth: Record<string, string> = worker) =>
  ctx.http().post(path).set(auth).set('Content-Type', 'application/json').send(text);

function expect400(res: { status: number; body: unknown }, path: string, message: RegExp) {
  expect(res.status).toBe(400);
  expect(res.body).toEqual({
    statusCode: 400,
    error: 'Bad Request',
    message: expect.any(String),
    issues: expect.arrayContaining([{ path, message: expect.stringMatching(message) }]),
  });
}

describe('unpaired UTF-16 surrogates', () => {
  const broken = /broken character/;

  it.each([
    ['a lone high surrogate', '"narrative": "call \\ud800 back"', 'narrative'],
    ['a lone low surrogate', '"narrative": "\\udc00"', 'narrative'],
    ['a pair in the wrong order', '"narrative": "\\udc00\\ud800"', 'narrative'],
    ['a high surrogate at the end', '"reporter": { "name": "Ana\\udbff" }', 'reporter.name'],
    [
      'one deep in an array',
      '"persons": [{ "key": "c1" }, { "key": "c2", "lastName": "\\ud83d" }]',
      'persons.1.lastName',
    ],
    ['one in a field name', '"x\\ud800": 1', 'x\uFFFD'],
  ])('%s is a 400 naming the field, and nothing is written', async (_case, fields, path) => {
    const before = await reportCount();
    const res = await postJson('/api/access-reports', `{ "countyCode": "55079", ${fields} }`);
    expect400(res, path, broken);
    expect(await reportCount()).toBe(before);
  });

  it('a proper pair (an emoji) is text like any other', async () => {
    const res = await postJson(
      '/api/access-reports',
      '{ "countyCode": "55079", "narrative": "She sent \\ud83d\\ude00" }',
    ).expect(201);
    expect(res.body.narrative).toBe('She sent \u{1F600}');
  });

  it('is refused before any handler runs, on public routes too', async () => {
    const res = await postJson(
      '/api/auth/login',
      '{ "email": "a@b.wi.gov", "password": "\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800" }',
      {},
    );
    expect400(res, 'password', broken);
  });

  it('with an Idempotency-Key, is refused before the key is claimed', async () => {
    const res = await postJson('/api/access-reports', '{ "countyCode": "55079", "narrative": "\\ud800" }', {
      ...worker,
      'Idempotency-Key': 'surrogate-1',
    });
    expect400(res, 'narrative', broken);
    expect(await ctx.prisma.idempotencyKey.count({ where: { key: 'surrogate-1' } })).toBe(0);
  });
});

describe('NUL characters in a query string', () => {
  it.each([
    ['/api/persons/search?lastName=Smith%00', 'lastName', 'worker'],
    ['/api/persons/search?lastName=Smith&firstName=%00', 'firstName', 'worker'],
    ['/api/access-reports?status=DRAFT%00', 'status', 'worker'],
    ['/api/audit-events?entityId=abc%00', 'entityId', 'admin'],
    ['/api/users?page=1%00', 'page', 'admin'],
    ['/api/calendar/holidays?year=2018%00', 'year', 'admin'],
  ] as const)('%s is a 400 naming %s', async (url, path, as) => {
    const res = await ctx
      .http()
      .get(url)
      .set(as === 'admin' ? admin : worker);
    expect400(res, path, /NUL/);
  });
});

describe('years outside 1900-2100', () => {
  const outside = ['1899-12-31', '2101-01-01', '0001-01-01', '9999-12-31'];

  it.each(outside)('a date of birth of %s is a 400, nothing written', async (dateOfBirth) => {
    const before = await reportCount();
    const res = await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .send(draftBody({ persons: [{ ...(draftBody().persons as object[])[0], dateOfBirth }] }));
    expect400(res, 'persons.0.dateOfBirth', /from 1900 to 2100/);
    expect(await reportCount()).toBe(before);
  });

  it.each(outside)('a receivedAt in %s is a 400', async (date) => {
    const res = await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .send(draftBody({ receivedAt: `${date}T12:00:00.000Z` }));
    expect400(res, 'receivedAt', /from 1900 to 2100/);
  });

  it.each(outside)('a notifiedAt in %s is a 400', async (date) => {
    const report = await createReport(ctx, worker);
    const res = await ctx
      .http()
      .post(`/api/access-reports/${report.id}/law-enforcement-notifications`)
      .set(worker)
      .send({ notifiedAt: `${date}T12:00:00.000Z`, method: 'PHONE', agency: 'Milwaukee Police' });
    expect400(res, 'notifiedAt', /from 1900 to 2100/);
    expect(await ctx.prisma.lawEnforcementNotification.count({ where: { reportId: report.id } })).toBe(0);
  });

  it.each(outside)('a holiday on %s is a 400', async (date) => {
    const res = await ctx.http().post('/api/calendar/holidays').set(admin).send({ date, name: 'Far day' });
    expect400(res, 'date', /from 1900 to 2100/);
    expect(await ctx.prisma.holiday.count({ where: { name: 'Far day' } })).toBe(0);
  });

  it.each(outside)('a training date of %s is a 400', async (date) => {
    const res = await ctx
      .http()
      .patch(`/api/users/${adminId}`)
      .set(admin)
      .send({ sexTraffickingTrainingCompletedOn: date });
    expect400(res, 'sexTraffickingTrainingCompletedOn', /from 1900 to 2100/);
  });

  it.each([
    ['/api/access-reports?from=1899-12-31', 'from', 'worker'],
    ['/api/access-reports?to=2101-01-01', 'to', 'worker'],
    ['/api/audit-events?from=0001-01-01', 'from', 'admin'],
    ['/api/audit-events?to=9999-12-31', 'to', 'admin'],
    ['/api/persons/search?lastName=Smith&dateOfBirth=0001-01-01', 'dateOfBirth', 'worker'],
    ['/api/reports/sex-trafficking?from=1899-12-31&to=2018-08-31', 'from', 'admin'],
    ['/api/reports/compliance?from=2017-06-01&to=2101-01-01', 'to', 'admin'],
    ['/api/calendar/holidays?year=1899', 'year', 'admin'],
    ['/api/calendar/holidays?year=2101', 'year', 'admin'],
  ] as const)('the filter %s is a 400 naming %s', async (url, path, as) => {
    const res = await ctx
      .http()
      .get(url)
      .set(as === 'admin' ? admin : worker);
    expect400(res, path, /1900 to 2100/);
  });
});

describe('JSON nested deeper than 32 levels', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`; // depth arrays inside each other

  it('33 levels (an object holding 32 arrays) is a 400 naming the body, before any handler runs', async () => {
    const res = await postJson('/api/auth/login', `{ "email": "a@b.wi.gov", "x": ${nested(32)} }`, {});
    expect400(res, '(body)', /nested more than 32 levels/);
  });

  it('32 levels (an object holding 31 arrays) is read (and then judged by the schema as usual)', async () => {
    const res = await postJson('/api/access-reports', `{ "countyCode": "55079", "x": ${nested(31)} }`).expect(201);
    expect(res.body.countyCode).toBe('55079');
  });

  it('brackets inside strings do not count', async () => {
    await postJson(
      '/api/access-reports',
      `{ "countyCode": "55079", "narrative": "${'[{'.repeat(100)} \\" ]]" }`,
    ).expect(201);
  });

  it('400,000 levels with an Idempotency-Key is a 400, not a stack overflow', async () => {
    const before = await reportCount();
    const res = await postJson('/api/access-reports', `{ "countyCode": "55079", "x": ${nested(400_000)} }`, {
      ...worker,
      'Idempotency-Key': 'deep-1',
    });
    expect400(res, '(body)', /nested more than 32 levels/);
    expect(await reportCount()).toBe(before);
  });
});

describe('bodies other than JSON', () => {
  it.each([
    ['application/x-www-form-urlencoded', 'email=a%40b.wi.gov&password=x'],
    [
      'multipart/form-data; boundary=XyZ',
      '--XyZ\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.wi.gov\r\n--XyZ--\r\n',
    ],
    ['text/plain', '{"email":"a@b.wi.gov","password":"x"}'],
    ['application/xml', '<login/>'],
  ])('%s is a 415 in the error shape', async (type, text) => {
    const res = await ctx.http().post('/api/auth/login').set('Content-Type', type).send(text);
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'Send JSON with Content-Type: application/json',
    });
  });

  it('a form post to a signed-in route is a 415 too, and writes nothing', async () => {
    const before = await reportCount();
    await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('countyCode=55079')
      .expect(415);
    expect(await reportCount()).toBe(before);
  });

  it('a body without any content type is a 415', async () => {
    const res = await ctx.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'POST', url: '/api/auth/login', payload: Buffer.from('{"email":"a@b.wi.gov"}') });
    expect(res.headers['content-type']).toMatch(/json/); // the answer is JSON; the request had no type
    expect(res.statusCode).toBe(415);
    expect(JSON.parse(res.body)).toMatchObject({
      statusCode: 415,
      message: 'Send JSON with Content-Type: application/json',
    });
  });

  it('JSON with a charset is JSON', async () => {
    await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Content-Type', 'application/json; charset=utf-8')
      .send('{"countyCode":"55079"}')
      .expect(201);
  });

  it('a request with no body is fine, with or without a content type', async () => {
    await ctx
      .http()
      .post('/api/auth/logout')
      .set((await signedIn(ctx)).auth)
      .expect(204);
    await ctx
      .http()
      .post('/api/auth/logout')
      .set((await signedIn(ctx)).auth)
      .set('Content-Type', 'application/json')
      .expect(204);
    await ctx
      .http()
      .post('/api/auth/logout')
      .set((await signedIn(ctx)).auth)
      .set('Content-Type', 'text/plain')
      .expect(204);
  });
});
