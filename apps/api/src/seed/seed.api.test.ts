import { createTestApp, createTestDatabase, signedIn, type TestContext } from '../../test/test-app';
import { createPrismaClient } from '../common/prisma.service';
import type { PrismaClient } from '../generated/prisma/client';
import { DEMO_PASSWORD, seedDemo } from './demo';
import { historyMonths } from './demo-history';
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
    const lastDays = new Date(Date.now() - 7 * 24 * 3600_000);
    for (const county of ['55079', '55025', '55009']) {
      const statuses = await ctx.prisma.accessReport.findMany({
        where: { countyCode: county, receivedAt: { gt: lastDays } },
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
    // The history before the last days: decided reports only, nothing waiting on anyone.
    const history = await ctx.prisma.accessReport.groupBy({
      by: ['status'],
      where: { receivedAt: { lte: lastDays } },
      _count: true,
    });
    expect(history.map((h) => h.status).sort()).toEqual(['SCREENED_IN', 'SCREENED_OUT']);
    const total = history.reduce((sum, h) => sum + h._count, 0);
    expect(total).toBeGreaterThan(150);
    expect(total).toBeLessThan(200);
  });

  it('has history worth looking at: the DCF period and the last 12 months in both regions, a child known to two counties, identifiers across counties', async () => {
    const admin = (await signedIn(ctx, { role: 'ADMIN', countyCode: null })).auth;
    const today = new Date().toISOString().slice(0, 10);
    const lastYear = new Date(Date.now() - 364 * 24 * 3600_000).toISOString().slice(0, 10);
    for (const [from, to] of [
      ['2017-06-01', '2018-08-31'],
      [lastYear, today],
    ]) {
      const report = await ctx.http().get(`/api/reports/sex-trafficking?from=${from}&to=${to}`).set(admin).expect(200);
      const { milwaukee, balanceOfState } = report.body.summary.allegations;
      expect([from, milwaukee > 5, balanceOfState > 5]).toEqual([from, true, true]);
    }
    const acrossCounties = await ctx.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT rp.person_id FROM report_persons rp JOIN access_reports r ON r.id = rp.report_id
        WHERE 'CHILD' = ANY(rp.roles) GROUP BY rp.person_id HAVING count(DISTINCT r.county_code) > 1) t`;
    expect(acrossCounties[0]?.n).toBeGreaterThan(0);
    const sharedIdentifiers = await ctx.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT i.normalized FROM report_identifiers i JOIN access_reports r ON r.id = i.report_id
        GROUP BY i.kind, i.normalized HAVING count(DISTINCT r.county_code) > 1) t`;
    expect(sharedIdentifiers[0]?.n).toBeGreaterThan(3);
    // The number the intake browser journey types: named in Milwaukee and in another county.
    const phone = await ctx.prisma.$queryRaw<{ county_code: string }[]>`
      SELECT DISTINCT r.county_code FROM report_identifiers i JOIN access_reports r ON r.id = i.report_id
      WHERE i.kind = 'PHONE' AND i.normalized = '4145550142' ORDER BY 1`;
    expect(phone.map((p) => p.county_code)).toContain('55079');
    expect(phone.length).toBeGreaterThan(1);
  });

  it('keeps the rules of the domain in its history', async () => {
    // Sex trafficking is always screened in; on neglect only against the primary caregiver; present danger is a same-day response.
    const broken = await ctx.prisma.$queryRaw<{ rule: string; n: number }[]>`
      SELECT 'ST-SCREEN-IN' AS rule, count(*)::int AS n FROM allegations a JOIN access_reports r ON r.id = a.report_id
        WHERE 'SEX_TRAFFICKING' = ANY(a.descriptors) AND r.status = 'SCREENED_OUT'
      UNION ALL
      SELECT 'ST-NEGLECT', count(*)::int FROM allegations a
        WHERE 'SEX_TRAFFICKING' = ANY(a.descriptors) AND a.maltreatment_type = 'NEGLECT' AND a.maltreater_relationship <> 'PRIMARY_CAREGIVER'
      UNION ALL
      SELECT 'PRESENT-DANGER', count(*)::int FROM access_reports r JOIN screening_decisions d ON d.report_id = r.id
        WHERE r.present_danger_threat AND d.decision = 'SCREEN_IN' AND d.response_time <> 'SAME_DAY'
      UNION ALL
      SELECT 'FINDING-SCREENED-IN', count(*)::int FROM findings f JOIN allegations a ON a.id = f.allegation_id
        JOIN access_reports r ON r.id = a.report_id WHERE r.status <> 'SCREENED_IN'
      UNION ALL
      SELECT 'NUMBER-YEAR', count(*)::int FROM access_reports r
        WHERE left(r.report_number, 4) <> to_char(r.created_at AT TIME ZONE 'America/Chicago', 'YYYY')`;
    expect(broken.filter((b) => b.n > 0)).toEqual([]);
  });

  it('is the same on every new database for the same day', async () => {
    const now = new Date('2026-12-07T18:00:00.000Z');
    const dump = async (db: PrismaClient) =>
      db.$queryRaw<unknown[]>`
        SELECT r.report_number, r.status, r.received_at, r.present_danger_threat, r.narrative, r.reporter_type,
          (SELECT json_agg(json_build_object('f', rp.first_name, 'l', rp.last_name, 'd', rp.date_of_birth, 'g', rp.gender, 'r', rp.primary_race) ORDER BY rp.key) FROM report_persons rp WHERE rp.report_id = r.id) AS persons,
          (SELECT json_agg(json_build_object('t', a.maltreatment_type, 'd', a.descriptors, 'f', f.finding, 'at', f.recorded_at) ORDER BY a.key) FROM allegations a LEFT JOIN findings f ON f.allegation_id = a.id WHERE a.report_id = r.id) AS allegations,
          (SELECT json_agg(i.normalized ORDER BY i.key) FROM report_identifiers i WHERE i.report_id = r.id) AS identifiers
        FROM access_reports r WHERE r.received_at < ${new Date(now.getTime() - 7 * 24 * 3600_000)}
        ORDER BY r.report_number`;
    const dumps: unknown[][] = [];
    for (let i = 0; i < 2; i++) {
      const db = createPrismaClient(await createTestDatabase());
      try {
        expect(await seedDemo(db, now)).toBe(true);
        dumps.push(await dump(db));
      } finally {
        await db.$disconnect();
      }
    }
    expect(dumps[0]?.length).toBeGreaterThan(150);
    expect(dumps[1]).toEqual(dumps[0]);
    expect(historyMonths(now).slice(22, 26)).toEqual(['2018-11-01', '2018-12-01', '2024-12-01', '2025-01-01']);
  }, 120_000);

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
