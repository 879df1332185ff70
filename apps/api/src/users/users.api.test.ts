import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { buildUser } from '../seed/builders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

let n = 0;
const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `New.Person${++n}.${process.pid}@County.WI.gov`,
  name: `New Person ${n}`,
  role: 'ACCESS_WORKER',
  countyCode: '55025',
  ...overrides,
});

const admin = () => signedIn(ctx, { role: 'ADMIN' });
const paths = (body: { issues?: { path: string }[] }) => (body.issues ?? []).map((i) => i.path).sort();
const eventsOf = (entityId: string, action: string) =>
  ctx.prisma.auditEvent.findMany({
    where: { entityId, action },
    orderBy: { id: 'asc' },
    select: { userId: true, details: true, ip: true },
  });

// Today in Chicago, plus some days.
function chicagoDay(days: number): string {
  const date = new Date(
    `${new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date())}T00:00:00Z`,
  );
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('who may manage users', () => {
  it.each([
    ['get', '/api/users'],
    ['post', '/api/users'],
    ['patch', '/api/users/00000000-0000-4000-8000-000000000000'],
  ] as const)('%s %s: 401 when signed out, 403 for county staff', async (method, path) => {
    await ctx.http()[method](path).send({}).expect(401);
    for (const role of ['ACCESS_WORKER', 'SUPERVISOR'] as const) {
      const { auth } = await signedIn(ctx, { role });
      const res = await ctx.http()[method](path).set(auth).send(newUser()).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
    expect(await ctx.prisma.user.count({ where: { email: { startsWith: 'new.person' } } })).toBe(0);
  });
});

describe('GET /api/users', () => {
  it('pages through every user by name: { items, total }', async () => {
    const { auth } = await admin();
    const made = [];
    for (const name of ['Ordering Cruz', 'Ordering Ahmed', 'Ordering Baker'])
      made.push(await buildUser(ctx.prisma, { name, role: 'SUPERVISOR', countyCode: '55009' }));
    const all = await ctx.http().get('/api/users?pageSize=200').set(auth).expect(200);
    expect(all.body.total).toBe(await ctx.prisma.user.count());
    expect(all.body.items).toHaveLength(all.body.total);
    const ours = all.body.items.filter((u: { name: string }) => u.name.startsWith('Ordering '));
    expect(ours.map((u: { name: string }) => u.name)).toEqual(['Ordering Ahmed', 'Ordering Baker', 'Ordering Cruz']);
    expect(ours[0]).toEqual({
      id: made[1]!.id,
      email: made[1]!.email,
      name: 'Ordering Ahmed',
      role: 'SUPERVISOR',
      countyCode: '55009',
      active: true,
      sexTraffickingTrainingCompletedOn: '2018-01-15',
    });
    expect(JSON.stringify(all.body)).not.toMatch(/passwordHash|argon2/);

    const second = await ctx.http().get('/api/users?page=2&pageSize=2').set(auth).expect(200);
    expect(second.body).toEqual({ items: all.body.items.slice(2, 4), total: all.body.total });
    const past = await ctx.http().get('/api/users?page=999').set(auth).expect(200);
    expect(past.body).toEqual({ items: [], total: all.body.total });
  });

  it('answers 50 a page unless told otherwise', async () => {
    const { auth } = await admin();
    const missing = 51 - (await ctx.prisma.user.count());
    await Promise.all(Array.from({ length: Math.max(0, missing) }, () => buildUser(ctx.prisma)));
    const res = await ctx.http().get('/api/users').set(auth).expect(200);
    expect(res.body.items).toHaveLength(50);
    expect(res.body.total).toBeGreaterThan(50);
  });

  it.each([
    ['pageSize=201', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=0', 'page'],
    ['page=first', 'page'],
  ])('refuses ?%s (400 naming %s)', async (query, field) => {
    const { auth } = await admin();
    const res = await ctx.http().get(`/api/users?${query}`).set(auth).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(field === 'page' ? /^Page must/ : /^Page size must/),
    });
    expect(paths(res.body)).toEqual([field]);
  });
});

describe('POST /api/users', () => {
  it('creates a user (201) with a lower-cased email and a setup link, who can sign in once they chose a password; audited without secrets', async () => {
    const { user: actor, auth } = await admin();
    const body = newUser({ role: 'SUPERVISOR', countyCode: '55079', sexTraffickingTrainingCompletedOn: '2017-09-30' });
    const res = await ctx.http().post('/api/users').set(auth).send(body).expect(201);
    const { setup, ...user } = res.body;
    expect(user).toEqual({
      id: expect.any(String),
      email: body.email.toLowerCase(),
      name: body.name,
      role: 'SUPERVISOR',
      countyCode: '55079',
      active: true,
      sexTraffickingTrainingCompletedOn: '2017-09-30',
    });
    expect(setup).toEqual({
      token: expect.any(String),
      url: expect.stringContaining('/setup#token='),
      expiresAt: expect.any(String),
    });
    const stored = await ctx.prisma.user.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored.passwordHash).toBeNull();
    await ctx
      .http()
      .post('/api/auth/setup')
      .send({ token: setup.token, password: 'a-long-enough-password' })
      .expect(200);
    const login = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: body.email, password: 'a-long-enough-password' })
      .expect(200);
    expect(login.body.user).toEqual(user);
    const events = await eventsOf(res.body.id, 'user.created');
    expect(events).toEqual([
      { userId: actor.id, details: { setupLinkExpiresAt: setup.expiresAt }, ip: expect.any(String) },
    ]);
  });

  it('refuses a password in the body (400 naming it, in words): an administrator never sets one', async () => {
    const { auth } = await admin();
    const body = newUser({ password: 'a-long-enough-password' });
    const res = await ctx.http().post('/api/users').set(auth).send(body).expect(400);
    expect(res.body.issues).toEqual([
      { path: 'password', message: expect.stringMatching(/^An administrator does not set passwords/) },
    ]);
    expect(res.body.message).toMatch(/An administrator does not set passwords/);
    expect(await ctx.prisma.user.count({ where: { email: body.email.toLowerCase() } })).toBe(0);
  });

  it('creates an admin with no county and no training date', async () => {
    const { auth } = await admin();
    const res = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .send(newUser({ role: 'ADMIN', countyCode: undefined }))
      .expect(201);
    expect(res.body).toMatchObject({ role: 'ADMIN', countyCode: null, sexTraffickingTrainingCompletedOn: null });
  });

  it('refuses an email already in use, whatever its case (409)', async () => {
    const { auth } = await admin();
    const existing = await buildUser(ctx.prisma);
    const res = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .send(newUser({ email: existing.email.toUpperCase() }))
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(/email/) });
    expect(await ctx.prisma.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it.each([
    ['any password at all', { password: 'elevenchars' }, ['password']],
    ['no county for an access worker', { countyCode: undefined }, ['countyCode']],
    ['no county for a supervisor', { role: 'SUPERVISOR', countyCode: null }, ['countyCode']],
    ['a county for an admin', { role: 'ADMIN', countyCode: '55079' }, ['countyCode']],
    ['a county code of the wrong shape', { countyCode: '79' }, ['countyCode']],
    ['a county that is not one of the 72 (an even FIPS number)', { countyCode: '55002' }, ['countyCode']],
    ['an unknown role and a malformed email', { role: 'CASEWORKER', email: 'not-an-email' }, ['email', 'role']],
    ['a name with a NUL character', { name: 'Pat\u0000' }, ['name']],
    [
      'a training date that does not exist',
      { sexTraffickingTrainingCompletedOn: '2018-02-30' },
      ['sexTraffickingTrainingCompletedOn'],
    ],
    [
      'a training date with a time',
      { sexTraffickingTrainingCompletedOn: '2018-02-03T10:00:00Z' },
      ['sexTraffickingTrainingCompletedOn'],
    ],
    [
      'a training date tomorrow in Chicago',
      { sexTraffickingTrainingCompletedOn: chicagoDay(1) },
      ['sexTraffickingTrainingCompletedOn'],
    ],
  ])('refuses %s (400 naming the field)', async (_, overrides, fields) => {
    const { auth } = await admin();
    const body = newUser(overrides);
    const res = await ctx.http().post('/api/users').set(auth).send(body).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
    expect(paths(res.body)).toEqual(fields);
    expect(await ctx.prisma.user.count({ where: { email: String(body.email).toLowerCase() } })).toBe(0);
  });

  it('accepts training completed today in Chicago', async () => {
    const { auth } = await admin();
    const res = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .send(newUser({ sexTraffickingTrainingCompletedOn: chicagoDay(0) }))
      .expect(201);
    expect(res.body.sexTraffickingTrainingCompletedOn).toBe(chicagoDay(0));
  });

  it('an Idempotency-Key repeat returns the first response and creates nothing; another body with that key is 409', async () => {
    const { auth } = await admin();
    const body = newUser();
    const first = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .set('Idempotency-Key', 'create-user-1')
      .send(body)
      .expect(201);
    const again = await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .set('Idempotency-Key', 'create-user-1')
      .send(body)
      .expect(201);
    // The same user; the setup link is a fresh one (the token is never stored in the clear to replay it).
    expect({ ...again.body, setup: undefined }).toEqual({ ...first.body, setup: undefined });
    expect(await ctx.prisma.user.count({ where: { email: body.email.toLowerCase() } })).toBe(1);
    expect(await ctx.prisma.auditEvent.count({ where: { entityId: first.body.id, action: 'user.created' } })).toBe(1);
    await ctx
      .http()
      .post('/api/users')
      .set(auth)
      .set('Idempotency-Key', 'create-user-1')
      .send({ ...body, name: 'Another Name' })
      .expect(409);
    const stored = await ctx.prisma.idempotencyKey.findMany({ where: { key: 'create-user-1' } });
    expect(JSON.stringify(stored)).not.toContain(first.body.setup.token);
    expect(JSON.stringify(stored)).not.toContain(again.body.setup.token);
  });
});

describe('OpenAPI', () => {
  it('describes the user, calendar and audit routes', async () => {
    const res = await ctx.http().get('/api/docs-json').expect(200);
    for (const path of [
      '/api/users',
      '/api/users/{id}',
      '/api/calendar/holidays',
      '/api/calendar/holidays/{date}',
      '/api/audit-events',
    ]) {
      expect(res.body.paths).toHaveProperty([path]);
    }
    expect(Object.keys(res.body.paths['/api/users'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(JSON.stringify(res.body.paths['/api/users/{id}'].patch)).toContain('requestBody');
  });
});
