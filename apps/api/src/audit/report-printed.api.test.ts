import crypto from 'node:crypto';
import { createReport, screenedIn } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// POST /api/access-reports/:id/printed: printing a report is a disclosure on paper, recorded on the
// report's trail as report.printed by whoever may read it; the report itself does not change.

let ctx: TestContext;
let worker: { Authorization: string };
let workerId: string;
let supervisor: { Authorization: string };
let supervisorId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const [w, s] = await Promise.all([
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' }),
  ]);
  [worker, workerId, supervisor, supervisorId] = [w.auth, w.user.id, s.auth, s.user.id];
});
afterAll(() => ctx.close());

const printed = (id: string) => `/api/access-reports/${id}/printed`;

it("the county's worker and supervisor may print: 204, report.printed on the trail, the report unchanged", async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const res = await ctx.http().post(printed(report.id)).set(worker).expect(204);
  expect(res.text).toBe('');
  await ctx.http().post(printed(report.id)).set(supervisor).expect(204);

  const events = await ctx.prisma.auditEvent.findMany({
    where: { reportId: report.id, action: 'report.printed' },
    orderBy: { id: 'asc' },
  });
  expect(events.map((e) => [e.userId, e.entityType, e.entityId])).toEqual([
    [workerId, 'AccessReport', report.id],
    [supervisorId, 'AccessReport', report.id],
  ]);
  const after = await ctx.http().get(`/api/access-reports/${report.id}`).set(supervisor).expect(200);
  expect(after.body.version).toBe(report.version);
  expect(after.body.updatedBy).toEqual(report.updatedBy);

  // The supervisor's access log says so, in the trail's words.
  const log = await ctx.http().get(`/api/access-reports/${report.id}/access-log`).set(supervisor).expect(200);
  expect(log.body.filter((e: { action: string }) => e.action === 'report.printed')).toHaveLength(2);
});

it('a draft prints too (the police are often called during intake)', async () => {
  const draft = await createReport(ctx, worker);
  await ctx.http().post(printed(draft.id)).set(worker).expect(204);
});

it('401 signed out; 403 an admin; 404 another county and an unknown id; refusals of a real report recorded', async () => {
  const report = await createReport(ctx, worker);
  const [admin, other] = await Promise.all([
    signedIn(ctx, { role: 'ADMIN', countyCode: null }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' }),
  ]);
  await ctx.http().post(printed(report.id)).expect(401);
  await ctx.http().post(printed(report.id)).set(admin.auth).expect(403);
  const res = await ctx.http().post(printed(report.id)).set(other.auth).expect(404);
  expect(res.body.message).toMatch(/Access report/);
  await ctx.http().post(printed(crypto.randomUUID())).set(worker).expect(404);
  await ctx.http().post(printed('not-a-report')).set(worker).expect(404);

  const events = await ctx.prisma.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { id: 'asc' } });
  expect(events.filter((e) => e.action === 'report.printed')).toEqual([]);
  expect(events.filter((e) => e.action === 'access.denied').map((e) => e.userId)).toEqual([
    admin.user.id,
    other.user.id,
  ]);
});
