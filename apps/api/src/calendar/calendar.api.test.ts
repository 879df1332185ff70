import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { fromDateOnly } from '../users/user.mapper';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

// Each test works in a year of its own, so the tests do not see each other's holidays.
const holiday = (date: string, name = 'Test holiday') =>
  ctx.prisma.holiday.create({ data: { date: fromDateOnly(date), name } });
const admin = () => signedIn(ctx, { role: 'ADMIN' });

describe('GET /api/calendar/holidays', () => {
  it('needs a signed-in user', async () => {
    await ctx.http().get('/api/calendar/holidays').expect(401);
  });

  it('serves a year, sorted by date, to any role (workers run the clocks in the browser)', async () => {
    await holiday('2018-12-25', 'Christmas Day');
    await holiday('2018-01-01', "New Year's Day");
    await holiday('2018-07-04', 'Independence Day');
    await holiday('2017-12-31', "New Year's Eve");
    await holiday('2019-01-01', "New Year's Day");
    for (const role of ['ACCESS_WORKER', 'SUPERVISOR', 'ADMIN'] as const) {
      const { auth } = await signedIn(ctx, { role });
      const res = await ctx.http().get('/api/calendar/holidays?year=2018').set(auth).expect(200);
      expect(res.body).toEqual([
        { date: '2018-01-01', name: "New Year's Day" },
        { date: '2018-07-04', name: 'Independence Day' },
        { date: '2018-12-25', name: 'Christmas Day' },
      ]);
    }
  });

  it('without a year, serves every holiday sorted by date', async () => {
    await holiday('2031-05-26');
    await holiday('2030-05-27');
    const { auth } = await signedIn(ctx);
    const res = await ctx.http().get('/api/calendar/holidays').set(auth).expect(200);
    const dates = res.body.map((h: { date: string }) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2018-01-01', '2030-05-27', '2031-05-26']));
    expect(res.body).toHaveLength(await ctx.prisma.holiday.count());
  });

  it.each(['twenty', '18.5', '1800', '1899', '2101', '9999'])('refuses ?year=%s (400 naming year)', async (year) => {
    const { auth } = await signedIn(ctx);
    const res = await ctx.http().get(`/api/calendar/holidays?year=${year}`).set(auth).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['year']);
  });
});

describe('POST /api/calendar/holidays', () => {
  it('adds a holiday (201 { date, name }), audited, and the list shows it', async () => {
    const { user, auth } = await admin();
    const res = await ctx
      .http()
      .post('/api/calendar/holidays')
      .set(auth)
      .send({ date: '2040-11-23', name: ' Day after Thanksgiving ' })
      .expect(201);
    expect(res.body).toEqual({ date: '2040-11-23', name: 'Day after Thanksgiving' });
    const list = await ctx.http().get('/api/calendar/holidays?year=2040').set(auth).expect(200);
    expect(list.body).toEqual([res.body]);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'holiday.created', entityId: '2040-11-23' },
    });
    expect(events).toMatchObject([{ userId: user.id, entityType: 'Holiday' }]);
  });

  it('refuses a date that is already a holiday (409), keeping the first name', async () => {
    const { auth } = await admin();
    await holiday('2041-07-04', 'Independence Day');
    const res = await ctx
      .http()
      .post('/api/calendar/holidays')
      .set(auth)
      .send({ date: '2041-07-04', name: 'Another name' })
      .expect(409);
    expect(res.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringContaining('2041-07-04'),
    });
    expect((await ctx.prisma.holiday.findUniqueOrThrow({ where: { date: fromDateOnly('2041-07-04') } })).name).toBe(
      'Independence Day',
    );
  });

  it.each([
    [{ date: '2042-02-30', name: 'No such day' }, ['date']],
    [{ date: '12/24/2042', name: 'US format' }, ['date']],
    [{ date: '2042-12-24' }, ['name']],
    [{ date: '2042-12-24', name: '' }, ['name']],
    [{ date: '2042-12-24', name: 'x'.repeat(101) }, ['name']],
  ])('refuses %p (400 naming %p)', async (body, fields) => {
    const { auth } = await admin();
    const res = await ctx.http().post('/api/calendar/holidays').set(auth).send(body).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(fields);
    expect(
      await ctx.prisma.holiday.count({
        where: { date: { gte: fromDateOnly('2042-01-01'), lte: fromDateOnly('2042-12-31') } },
      }),
    ).toBe(0);
  });

  it('is for admins only (403 for county staff, 401 signed out)', async () => {
    await ctx.http().post('/api/calendar/holidays').send({ date: '2043-01-02', name: 'x' }).expect(401);
    for (const role of ['ACCESS_WORKER', 'SUPERVISOR'] as const) {
      const { auth } = await signedIn(ctx, { role });
      await ctx
        .http()
        .post('/api/calendar/holidays')
        .set(auth)
        .send({ date: '2043-01-02', name: 'Snow day' })
        .expect(403);
    }
    expect(await ctx.prisma.holiday.count({ where: { date: fromDateOnly('2043-01-02') } })).toBe(0);
  });

  it('an Idempotency-Key repeat returns the first 201 instead of a 409', async () => {
    const { auth } = await admin();
    const body = { date: '2044-03-01', name: 'Storm closure' };
    await ctx.http().post('/api/calendar/holidays').set(auth).set('Idempotency-Key', 'storm-1').send(body).expect(201);
    const again = await ctx
      .http()
      .post('/api/calendar/holidays')
      .set(auth)
      .set('Idempotency-Key', 'storm-1')
      .send(body)
      .expect(201);
    expect(again.body).toEqual(body);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'holiday.created', entityId: '2044-03-01' } })).toBe(1);
  });
});

describe('DELETE /api/calendar/holidays/:date', () => {
  it('removes a holiday (204), audited; then it is gone (404 on a repeat)', async () => {
    const { user, auth } = await admin();
    await holiday('2045-12-24', 'Christmas Eve');
    await holiday('2045-12-25', 'Christmas Day');
    await ctx.http().delete('/api/calendar/holidays/2045-12-24').set(auth).expect(204);
    const list = await ctx.http().get('/api/calendar/holidays?year=2045').set(auth).expect(200);
    expect(list.body).toEqual([{ date: '2045-12-25', name: 'Christmas Day' }]);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'holiday.deleted', entityId: '2045-12-24' },
    });
    expect(events).toMatchObject([{ userId: user.id, entityType: 'Holiday', details: { name: 'Christmas Eve' } }]);
    const again = await ctx.http().delete('/api/calendar/holidays/2045-12-24').set(auth).expect(404);
    expect(again.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it.each(['2046-02-30', 'christmas', '2046-1-1'])('refuses the malformed date %s (400 naming date)', async (date) => {
    const { auth } = await admin();
    const res = await ctx.http().delete(`/api/calendar/holidays/${date}`).set(auth).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['date']);
  });

  it('is for admins only', async () => {
    await holiday('2047-01-01', "New Year's Day");
    await ctx.http().delete('/api/calendar/holidays/2047-01-01').expect(401);
    const { auth } = await signedIn(ctx, { role: 'SUPERVISOR' });
    await ctx.http().delete('/api/calendar/holidays/2047-01-01').set(auth).expect(403);
    expect(await ctx.prisma.holiday.count({ where: { date: fromDateOnly('2047-01-01') } })).toBe(1);
  });
});
