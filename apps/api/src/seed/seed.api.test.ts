import { createTestApp, type TestContext } from '../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from './demo';
import { ensureFirstAdmin } from './first-admin';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('first admin', () => {
  it('is created from ADMIN_EMAIL / ADMIN_PASSWORD only while no admin exists, and can sign in', async () => {
    expect(await ensureFirstAdmin(ctx.prisma)).toBe('none');
    expect(await ensureFirstAdmin(ctx.prisma, 'chief@dcf.wi.gov', 'a-long-admin-password')).toBe('created');
    expect(await ensureFirstAdmin(ctx.prisma, 'second@dcf.wi.gov', 'another-long-password')).toBe('exists');
    expect(await ctx.prisma.user.count({ where: { role: 'ADMIN' } })).toBe(1);
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: 'chief@dcf.wi.gov', password: 'a-long-admin-password' })
      .expect(200);
    expect(res.body.user).toMatchObject({ role: 'ADMIN', countyCode: null });
  });
});

describe('demo data', () => {
  it('seeds staff of three counties and reports in every state, once', async () => {
    expect(await seedDemo(ctx.prisma)).toBe(true);
    expect(await seedDemo(ctx.prisma)).toBe(false);
    const staff = await ctx.prisma.user.groupBy({
      by: ['countyCode', 'role'],
      where: { email: { endsWith: '@demo.wi.gov' } },
      _count: true,
    });
    expect(staff.map((s) => `${s.countyCode}:${s.role}:${s._count}`).sort()).toEqual([
      '55009:ACCESS_WORKER:1',
      '55009:SUPERVISOR:1',
      '55025:ACCESS_WORKER:1',
      '55025:SUPERVISOR:1',
      '55079:ACCESS_WORKER:1',
      '55079:SUPERVISOR:1',
      'null:ADMIN:1',
    ]);
    for (const county of ['55079', '55025', '55009']) {
      const statuses = await ctx.prisma.accessReport.findMany({
        where: { countyCode: county },
        select: { status: true },
      });
      expect(statuses.map((s) => s.status).sort()).toEqual([
        'AWAITING_SUPERVISOR',
        'DRAFT',
        'SCREENED_IN',
        'SCREENED_OUT',
      ]);
    }
    const decided = await ctx.prisma.accessReport.findMany({
      where: { status: { in: ['SCREENED_IN', 'SCREENED_OUT'] } },
      include: { decision: true },
    });
    expect(decided.every((r) => r.decision !== null)).toBe(true);
    const substantiated = await ctx.prisma.finding.count({ where: { finding: 'SUBSTANTIATED' } });
    expect(substantiated).toBe(3);
  });

  it('uses person-first words only', async () => {
    const narratives = await ctx.prisma.accessReport.findMany({ select: { narrative: true } });
    for (const { narrative } of narratives) expect(narrative).not.toMatch(/prostitut|hooker|whore/i);
  });

  it('lets the demo users sign in with the printed password', async () => {
    const res = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: 'supervisor.dane@demo.wi.gov', password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body.user).toMatchObject({ role: 'SUPERVISOR', countyCode: '55025' });
  });
});
