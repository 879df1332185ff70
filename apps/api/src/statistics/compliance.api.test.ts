import type { ComplianceReport } from '@cps/domain';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { buildReport, type PersonSpec, type ReportSpec } from '../seed/builders';
import { type Auth, adminOf } from './testing/staff';

// GET /api/reports/compliance over reports made by the factories, each clock status on purpose.

let ctx: TestContext;
let admin: Auth;
let dane: Auth;
const HOUR = 3_600_000;

const child = (indianChild: 'YES' | 'NO' = 'NO'): PersonSpec => ({
  key: 'c1',
  roles: ['CHILD'],
  firstName: 'Clock',
  lastName: 'Child',
  dateOfBirth: new Date('2005-01-01'),
  gender: 'FEMALE',
  hispanicEthnicity: 'NOT_HISPANIC',
  primaryRace: 'WHITE',
  indianChild,
  tribe: indianChild === 'YES' ? 'Oneida Nation' : null,
});
const st = (finding?: 'SUBSTANTIATED') => [
  {
    key: 'a1',
    childKey: 'c1',
    type: 'SEXUAL_ABUSE' as const,
    sexTrafficking: true,
    ...(finding ? { finding: { value: finding, interviewed: true, rationale: 'Assessed.' } } : {}),
  },
];
const physical = [
  {
    key: 'a1',
    childKey: 'c1',
    type: 'PHYSICAL_ABUSE' as const,
    finding: { value: 'SUBSTANTIATED' as const, interviewed: true, rationale: 'Assessed.' },
  },
];
const recommendation = {
  decision: 'SCREEN_IN' as const,
  responseTime: 'WITHIN_48_HOURS' as const,
  rationale: 'Meets the definition.',
};

async function report(
  spec: Omit<ReportSpec, 'createdById'> & { decidedAfterHours?: number; findingOn?: Date; tribeNotifiedAt?: Date },
) {
  const user = await ctx.prisma.user.findFirstOrThrow({ where: { countyCode: spec.countyCode ?? '55079' } });
  const { decidedAfterHours, findingOn, tribeNotifiedAt, ...rest } = spec;
  const created = await buildReport(ctx.prisma, { ...rest, createdById: user.id, recommendation });
  if (decidedAfterHours !== undefined)
    await ctx.prisma.screeningDecision.update({
      where: { reportId: created.id },
      data: { decidedAt: new Date(spec.receivedAt!.getTime() + decidedAfterHours * HOUR) },
    });
  if (findingOn)
    await ctx.prisma.finding.updateMany({
      where: { allegation: { reportId: created.id } },
      data: { recordedAt: findingOn },
    });
  if (tribeNotifiedAt)
    await ctx.prisma.tribalNotification.create({
      data: {
        reportId: created.id,
        notifiedAt: tribeNotifiedAt,
        tribe: 'Oneida Nation',
        method: 'PHONE',
        recordedById: user.id,
      },
    });
  return created;
}

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await adminOf(ctx);
  await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
  dane = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' })).auth;
  await ctx.prisma.holiday.deleteMany({
    where: { date: { gte: new Date('2019-01-01'), lte: new Date('2019-12-31') } },
  });
  // Milwaukee. Tuesday 10:00, police told at the due time exactly (22:00): on time; finding in 27 days.
  await report({
    status: 'SCREENED_IN',
    receivedAt: new Date('2019-03-05T16:00:00Z'),
    persons: [child()],
    allegations: st('SUBSTANTIATED'),
    lawEnforcementNotifiedAt: new Date('2019-03-06T04:00:00Z'),
    decidedAfterHours: 2,
    findingOn: new Date('2019-04-01T15:00:00Z'),
  });
  // Friday 20:00: due Monday 08:00 CDT (13:00Z); told 1 ms later: late. No finding, long past due: overdue.
  await report({
    status: 'SCREENED_IN',
    receivedAt: new Date('2019-03-09T02:00:00Z'),
    persons: [child()],
    allegations: st(),
    lawEnforcementNotifiedAt: new Date('2019-03-11T13:00:00.001Z'),
    decidedAfterHours: 10,
  });
  // Never told: overdue. An Indian child, tribe told after 23 hours: on time. Awaiting the supervisor: no IA clock.
  await report({
    status: 'AWAITING_SUPERVISOR',
    receivedAt: new Date('2019-06-01T15:00:00Z'),
    persons: [child('YES')],
    allegations: st(),
    tribeNotifiedAt: new Date('2019-06-02T14:00:00Z'),
  });
  // Physical abuse only: no LE clock. Finding on day 61 (Chicago): late.
  await report({
    status: 'SCREENED_IN',
    receivedAt: new Date('2019-08-01T15:00:00Z'),
    persons: [child()],
    allegations: physical,
    decidedAfterHours: 30,
    findingOn: new Date('2019-10-01T15:00:00Z'),
  });
  // Dane: a draft, police told in time; an Indian child whose tribe was never told: overdue.
  await report({
    countyCode: '55025',
    status: 'DRAFT',
    receivedAt: new Date('2019-07-01T15:00:00Z'),
    persons: [child('YES')],
    allegations: st(),
    lawEnforcementNotifiedAt: new Date('2019-07-01T16:00:00Z'),
  });
});
afterAll(() => ctx.close());

const compliance = async (auth: Auth, from = '2019-01-01', to = '2019-12-31') =>
  (await ctx.http().get(`/api/reports/compliance?from=${from}&to=${to}`).set(auth).expect(200))
    .body as ComplianceReport;

test('statewide: every county listed, zeros included; the clocks of each report', async () => {
  const r = await compliance(admin);
  expect(r.scope).toEqual({ countyCode: null, countyName: null });
  expect(r.counties).toHaveLength(72);
  expect(r.counties[0]!.countyName).toBe('Adams');
  const mke = r.counties.find((c) => c.countyCode === '55079')!;
  expect(mke).toEqual({
    countyCode: '55079',
    countyName: 'Milwaukee',
    region: 'MILWAUKEE',
    reports: 4,
    lawEnforcement: { required: 3, onTime: 1, late: 1, overdue: 1, pending: 0 },
    tribalNotification: { required: 1, onTime: 1, late: 0, overdue: 0, pending: 0 },
    initialAssessment: { required: 3, onTime: 1, late: 1, overdue: 1, pending: 0 },
    // screened in, never seen: overdue
    response: { required: 3, onTime: 0, late: 0, overdue: 3, pending: 0 },
    responseSeenOrAttempted: { required: 3, onTime: 0, late: 0, overdue: 3, pending: 0 },
    missingEpisodes: 0,
    missingLawEnforcement: { required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 },
    missingNcmec: { required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 },
    // 2, 10 and 30 hours: median 10; 90th percentile by linear interpolation 10 + 0.8 × 20
    timeToDecision: { decided: 3, medianHours: 10, p90Hours: 26 },
  });
  expect(r.counties.find((c) => c.countyCode === '55025')).toMatchObject({
    reports: 1,
    lawEnforcement: { required: 1, onTime: 1 },
    tribalNotification: { required: 1, overdue: 1 },
    initialAssessment: { required: 0 },
    timeToDecision: { decided: 0, medianHours: null, p90Hours: null },
  });
  expect(r.counties.find((c) => c.countyCode === '55001')).toMatchObject({
    reports: 0,
    lawEnforcement: { required: 0 },
  });
  expect(r.total).toEqual({
    reports: 5,
    lawEnforcement: { required: 4, onTime: 2, late: 1, overdue: 1, pending: 0 },
    tribalNotification: { required: 2, onTime: 1, late: 0, overdue: 1, pending: 0 },
    initialAssessment: { required: 3, onTime: 1, late: 1, overdue: 1, pending: 0 },
    response: { required: 3, onTime: 0, late: 0, overdue: 3, pending: 0 },
    responseSeenOrAttempted: { required: 3, onTime: 0, late: 0, overdue: 3, pending: 0 },
    missingEpisodes: 0,
    missingLawEnforcement: { required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 },
    missingNcmec: { required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 },
    timeToDecision: { decided: 3, medianHours: 10, p90Hours: 26 },
  });
});

test('a supervisor: their county only, and the total is theirs', async () => {
  const r = await compliance(dane);
  expect(r.scope).toEqual({ countyCode: '55025', countyName: 'Dane' });
  expect(r.counties.map((c) => c.countyCode)).toEqual(['55025']);
  expect(r.total).toEqual({
    ...r.counties[0],
    countyCode: undefined,
    countyName: undefined,
    region: undefined,
  } as unknown as ComplianceReport['total']);
});

test('holidays are read when the clock is read: a holiday Monday makes the late referral on time', async () => {
  await ctx
    .http()
    .post('/api/calendar/holidays')
    .set(admin)
    .send({ date: '2019-03-11', name: 'Test holiday' })
    .expect(201);
  const r = await compliance(admin, '2019-03-08', '2019-03-08');
  expect(r.total.lawEnforcement).toEqual({ required: 1, onTime: 1, late: 0, overdue: 0, pending: 0 });
  await ctx.http().delete('/api/calendar/holidays/2019-03-11').set(admin).expect(204);
  expect((await compliance(admin, '2019-03-08', '2019-03-08')).total.lawEnforcement.late).toBe(1);
});

test('clocks still running are pending', async () => {
  const receivedAt = new Date(Date.now() - HOUR);
  await report({
    countyCode: '55025',
    status: 'SCREENED_IN',
    receivedAt,
    persons: [child('YES')],
    allegations: st(),
    decidedAfterHours: 0.5,
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(receivedAt);
  const r = await compliance(dane, today, today);
  expect(r.total).toEqual({
    reports: 1,
    lawEnforcement: { required: 1, onTime: 0, late: 0, overdue: 0, pending: 1 },
    tribalNotification: { required: 1, onTime: 0, late: 0, overdue: 0, pending: 1 },
    initialAssessment: { required: 1, onTime: 0, late: 0, overdue: 0, pending: 1 },
    response: { required: 1, onTime: 0, late: 0, overdue: 0, pending: 1 },
    responseSeenOrAttempted: { required: 1, onTime: 0, late: 0, overdue: 0, pending: 1 },
    missingEpisodes: 0,
    missingLawEnforcement: { required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 },
    missingNcmec: { required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 },
    timeToDecision: { decided: 1, medianHours: 0.5, p90Hours: 0.5 },
  });
});
